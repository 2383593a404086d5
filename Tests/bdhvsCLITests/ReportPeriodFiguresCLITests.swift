import Foundation
import Testing
import BDHVSTestSupport

/// The numbers of a periodic report's period (issue 15): the indicator values recorded in the
/// period against the value before it; what was not measured in it is named.
///
/// By hand for Nghĩa Giang, quarter IV of 2025: cbccvc-ky-nang-so 500/640 on 15/09 (78,1%,
/// before the quarter) and 631/640 on 15/12 (98,6%, under the target of 100%);
/// nguoi-tham-gia-cong 1.450 on 20/10 with nothing before (target 2.000); nguoi-dan-ky-nang-so
/// never measured.
@Suite struct ReportPeriodFiguresCLITests {
    @Test func theIndicatorsMeasuredInTheQuarterAgainstTheirValueBefore() throws {
        let cli = try CLI()
        try cli.ok("plan", "load", "Plans/nghia-giang-2025.yaml", "--as-of", "2025-07-30")
        try cli.ok("indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-09-15", "--numerator", "500", "--denominator", "640", "--as-of", "2025-12-31")
        try cli.ok("indicator", "record", "cbccvc-ky-nang-so", "--date", "2025-12-15", "--numerator", "631", "--denominator", "640", "--as-of", "2025-12-31")
        try cli.ok("indicator", "record", "nguoi-tham-gia-cong", "--date", "2025-10-20", "--value", "1450", "--as-of", "2025-12-31")
        let lines = try cli.ok("report", "nghia-giang-2025", "--period", "2025-Q4", "--as-of", "2025-12-31").stdoutLines
        let section = Array(lines.drop { $0 != "### 3. Số liệu trong kỳ" }.prefix { $0 != "## II. NHIỆM VỤ QUÁ HẠN" })
        #expect(section == [
            "### 3. Số liệu trong kỳ", "",
            "Chưa có số liệu người đạt kỹ năng số cơ bản theo nhóm đối tượng đến ngày 31/12/2025.", "",
            "Chỉ tiêu có số liệu ghi nhận trong kỳ:", "",
            "| Chỉ tiêu | Kế hoạch | Trước kỳ | Trong kỳ (mới nhất) | Đánh giá |",
            "| --- | ---: | ---: | ---: | --- |",
            "| Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản | 100% | 78,1% (500/640) | 98,6% (631/640) (ngày 15/12/2025) | Chưa đạt |",
            "| Số người tham gia Khóa tập huấn nâng cao kỹ năng số cho CBCCVC và người dân trên Cổng Bình dân học vụ số tỉnh Quảng Ngãi "
                + "| 2.000 | — | 1.450 (ngày 20/10/2025) | Chưa đạt |", "",
            "Chưa có số liệu trong kỳ: Tỷ lệ người dân trong độ tuổi trưởng thành có kiến thức, kỹ năng số cơ bản.", "",
        ])
        // Quarter III holds the September value alone.
        let third = try cli.ok("report", "nghia-giang-2025", "--period", "2025-Q3", "--as-of", "2025-12-31").stdoutLines
        #expect(third.contains("| Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản | 100% | — | 78,1% (500/640) (ngày 15/09/2025) | Chưa đạt |"))
    }
}
