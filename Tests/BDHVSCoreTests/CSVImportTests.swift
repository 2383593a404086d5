import Foundation
import Testing
@testable import BDHVSCore

// Importing activities, measurements and spending from CSV files as offices save them:
// ',' or ';' (Excel in Vietnamese settings) or tab between fields, quotes, CRLF, a byte
// order mark, Vietnamese column names. A file with bad rows reports every one of them with
// its line and column and records nothing. The plans are those of `RecordsFixture`.

private let asOf = isoDate("2025-12-31")

/// CSV text from its lines, each ended by `newline`.
private func csvText(_ lines: [String], newline: String = "\n") -> String {
    lines.map { $0 + newline }.joined()
}

private extension TaskStore {
    /// Imports `text` as `file`, by Lan, as of 31/12/2025.
    @discardableResult
    func importing(_ text: String, file: String = "hoat-dong.csv", by: String = "Lan") throws -> ImportSummary {
        try importCSV(text, file: file, by: by, recordedOn: asOf)
    }

    func peopleAndGroups() throws -> (people: Int, enrolments: Int, groups: [String: Int]) {
        let report = try activities(.all)
        return (report.people, report.enrolments, report.byGroup)
    }
}

/// The diagnostics an import refuses `text` with, or [] (and a recorded issue) when it does not.
private func importProblems(_ store: TaskStore, _ text: String, file: String = "hoat-dong.csv",
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        let summary = try store.importing(text, file: file)
        Issue.record("expected the import to be refused, it recorded \(summary)", sourceLocation: sourceLocation)
        return []
    } catch let error as ImportError {
        return error.diagnostics
    } catch {
        Issue.record("expected an ImportError, found \(error)", sourceLocation: sourceLocation)
        return []
    }
}

/// `FILE:LINE:COLUMN: error: message` of each diagnostic.
private func printed(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.description) }

@Suite struct CSVImportTests {}

// MARK: - Delimiters, quotes, line ends

extension CSVImportTests {
    @Suite struct Formats {
        @Test func commaSeparatedWithGroupIDs() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let summary = try store.importing(csvText([
                "plan,task,date,participants,title,can-bo-cong-chuc,nguoi-dan",
                "nghia-giang-2025,nv1,09/10/2025,145,\"Lễ phát động, tập huấn AI\",,",
                "nghia-giang-2025,nv2,19/11/2025,80,Tập huấn kỹ năng chuyển đổi số,,",
                "nghia-giang-2025,nv3,2025-12-06,2148,Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh,631,1517",
            ]))
            #expect(summary == ImportSummary(kind: .activity, rows: 3, change: 1))
            let report = try store.activities(.all)
            #expect(report.activities.map(\.participants) == [145, 80, 2148])
            #expect(report.activities.map(\.title) == ["Lễ phát động, tập huấn AI", "Tập huấn kỹ năng chuyển đổi số",
                                                       "Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh"])
            #expect(report.activities.map(\.date) == [isoDate("2025-10-09"), isoDate("2025-11-19"), isoDate("2025-12-06")])
            #expect(report.people == 2373)
            #expect(report.byGroup == ["cbccvc": 631, "nguoi-dan": 1517])
            #expect(report.activities.map(\.groups) == [[:], [:], ["cbccvc": 631, "nguoi-dan": 1517]])
        }

        /// Excel with Vietnamese regional settings: ';', CRLF, a byte order mark, Vietnamese
        /// column names, thousands with dots, group columns named as people write them.
        @Test func excelVietnameseSemicolonsCRLFAndBOM() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let text = "\u{FEFF}" + csvText([
                "Nhiệm vụ;Ngày;Số người;Tên hoạt động;Địa điểm;CBCCVC;Người dân",
                "nv1;09/10/2025;145;\"Lễ phát động; tập huấn AI\";Hội trường xã;;",
                "nv2;19/11/2025;80;\"Tập huấn \"\"AI\"\" cho CBCCVC và Tổ công nghệ số\";;;",
                "nv3;06/12/2025;2.148;Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh;;631;1.517",
            ], newline: "\r\n")
            let summary = try store.importing(text, file: "/tmp/Báo cáo/hoạt động.csv")
            #expect(summary == ImportSummary(kind: .activity, rows: 3, change: 1))
            let report = try store.activities(.all)
            #expect(report.activities.map(\.title) == ["Lễ phát động; tập huấn AI", "Tập huấn \"AI\" cho CBCCVC và Tổ công nghệ số",
                                                       "Khóa tập huấn trên Cổng Bình dân học vụ số tỉnh"])
            #expect(report.activities.map(\.place) == ["Hội trường xã", nil, nil])
            #expect(report.activities.map(\.participants) == [145, 80, 2148])
            #expect(report.people == 2373)
            #expect(report.byGroup == ["cbccvc": 631, "nguoi-dan": 1517])
            // The change is named after the file, without its directory.
            #expect(try RecordsFixture.history(store) == ["#1 import"])
            let note = try store.read { db in try String.fetchOne(db, sql: "SELECT note FROM change_log WHERE id = 1") }
            #expect(note == "hoạt động.csv")
        }

        @Test func tabSeparatedEnrolments() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            let summary = try store.importing(csvText([
                "task\tdate\tparticipants\tunit\ttitle\tThành viên Tổ chuyển đổi số cộng đồng",
                "nv1\t06/12/2025\t2491\tlượt\tKhóa học kỹ năng số trên hatinh.mobiedu.vn, tính đến 06/12/2025\t",
                "nv2\t20/11/2025\t126\tngười\tLớp tập huấn kỹ năng số cho Tổ chuyển đổi số cộng đồng\t126",
            ]))
            #expect(summary.rows == 2)
            let totals = try store.peopleAndGroups()
            #expect(totals.people == 126)
            #expect(totals.enrolments == 2491)
            #expect(totals.groups == ["thanh-vien-to-cns": 126])
            #expect(try store.activities(.all).activities.map(\.title)
                    == ["Lớp tập huấn kỹ năng số cho Tổ chuyển đổi số cộng đồng", "Khóa học kỹ năng số trên hatinh.mobiedu.vn, tính đến 06/12/2025"])
        }

        @Test(arguments: ["lượt", "Lượt", "luot", " LƯỢT "])
        func unitsAsTyped(unit: String) throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            try store.importing(csvText(["task,date,participants,Đơn vị tính", "nv1,06/12/2025,2491,\(unit)"]))
            #expect(try store.peopleAndGroups().enrolments == 2491)
        }

        /// Quoted fields keep commas, doubled quotes and line breaks; rows after a field that
        /// spans lines are still placed on their own line.
        @Test func quotedFieldsAndPositionsAfterThem() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let text = csvText([
                "task,date,participants,title,note",
                "nv1,09/10/2025,145,\"Lễ phát động \"\"Bình dân học vụ số\"\", tập huấn AI\",\"Tại Hội trường xã,",
                "có chương trình kèm theo\"",
                "nv2,19/11/2025,8O,Tập huấn,",
            ])
            #expect(printed(importProblems(store, text)) == ["hoat-dong.csv:4:16: error: '8O' in 'participants' is not a whole number"])
            let good = text.replacingOccurrences(of: "8O", with: "80")
            try store.importing(good)
            let report = try store.activities(.all)
            #expect(report.activities.map(\.title) == ["Lễ phát động \"Bình dân học vụ số\", tập huấn AI", "Tập huấn"])
            #expect(report.people == 225)
            let note = try store.read { db in try String.fetchOne(db, sql: "SELECT note FROM activity WHERE task_id = 1") }
            #expect(note == "Tại Hội trường xã,\ncó chương trình kèm theo")
        }

        /// Dates as offices type them; a header typed in decomposed Unicode (as macOS saves it).
        @Test(arguments: ["09/10/2025", "9/10/2025", "9.10.2025", "9-10-2025", "2025-10-09", "ngày 9 tháng 10 năm 2025"])
        func datesAsTypedUnderADecomposedHeader(date: String) throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let header = "Nhiệm vụ;Ngày;Số người".decomposedStringWithCanonicalMapping
            #expect(header.unicodeScalars.count > "Nhiệm vụ;Ngày;Số người".unicodeScalars.count)
            try store.importing(csvText([header, "nv1;\(date);145"]))
            #expect(try store.activities(.all).activities.map(\.date) == [isoDate("2025-10-09")])
        }

        /// Spreadsheets leave blank lines and drop empty trailing cells.
        @Test func blankLinesAndShortRows() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.importing(csvText([
                "Nhiệm vụ;Ngày;Số người;CBCCVC;Người dân", "", "nv1;09/10/2025;145", "", "", "nv3;06/12/2025;2.148;631;1.517", "",
            ], newline: "\r\n"))
            #expect(try store.activities(.all).activities.map(\.participants) == [145, 2148])
        }

        /// Group columns named by id, short name or full name, the plan's own groups included.
        @Test(arguments: [
            ["can-bo-cong-chuc", "nguoi-dan", "thanh-vien-to-cns"],
            ["CBCCVC", "Người dân", "Thành viên Tổ công nghệ số cộng đồng"],
            ["cán bộ, công chức, viên chức", "nguoi dan", "thanh vien to cong nghe so cong dong"],
        ])
        func groupColumnsByIdOrName(names: [String]) throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let header = (["task", "date", "participants"] + names).joined(separator: ";")
            try store.importing(csvText([header, "nv2;19/11/2025;80;50;;30", "nv3;06/12/2025;2.148;631;1.517;"]))
            #expect(try store.peopleAndGroups().groups == ["cbccvc": 681, "nguoi-dan": 1517, "thanh-vien-to-cns": 30])
        }
    }
}

// MARK: - Measurements and spending

extension CSVImportTests {
    @Suite struct MeasurementsAndSpending {
        @Test func measurementsWithValuesAndRatios() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let summary = try store.importing(csvText([
                "Chỉ tiêu,Ngày,Giá trị,Tử số,Mẫu số,Nguồn số liệu",
                "nguoi-dan-ky-nang-so,15/12/2025,85,,,Báo cáo của các tổ dân phố",
                "dien-thoai-thong-minh,15/12/2025,\"98,0\",,,",
                "thanh-toan-dien-tu,15/12/2025,80%,,,",
                "cbccvc-ky-nang-so,15/12/2025,,412,412,Phòng Văn hóa - Xã hội",
                "to-cns,05/08/2025,62,,,Quyết định thành lập 62 Tổ",
            ]), file: "chi-tieu.csv")
            #expect(summary == ImportSummary(kind: .measurement, rows: 5, change: 1))
            let rows = try store.indicators(.all, asOf: asOf)
            #expect(rows.map { $0.latest?.valueTenths } == [850, 980, 800, 1000, 620])
            #expect(rows.map(\.met) == [true, true, true, true, true])
            #expect(rows.map { $0.latest?.source } == ["Báo cáo của các tổ dân phố", nil, nil, "Phòng Văn hóa - Xã hội", "Quyết định thành lập 62 Tổ"])
            #expect(rows[3].latest?.numerator == 412)
            #expect(rows[3].latest?.denominator == 412)
            #expect(rows[4].latest?.date == isoDate("2025-08-05"))
        }

        @Test func measurementsWithSemicolonsAndDecimalCommas() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.importing(csvText([
                "chi tieu;ngay;gia tri",
                "nguoi-dan-ky-nang-so;30/06/2025;79,9",
                "nguoi-dan-ky-nang-so;15/12/2025;85,3",
            ], newline: "\r\n"), file: "chi-tieu.csv")
            let june = try store.indicators(.all, asOf: isoDate("2025-06-30"))[0]
            #expect(june.latest?.valueTenths == 799)
            #expect(june.met == false)
            let december = try store.indicators(.all, asOf: asOf)[0]
            #expect(december.latest?.valueTenths == 853)
            #expect(december.met == true)
        }

        @Test func spending() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let summary = try store.importing(csvText([
                "Nhiệm vụ;Ngày;Số tiền;Nguồn kinh phí;Loại;Ghi chú",
                "nv1;09/10/2025;12.500.000;nsnn;giải ngân;Chi tổ chức Lễ phát động",
                "nv1;20/12/2025;10.000.000;Ngân sách nhà nước theo phân cấp;quyết toán;",
                "nv3;06/12/2025;2000000;Nguồn xã hội hóa;;",
                "nv2;19/11/2025;7 300 000;NSNN;settled;",
            ], newline: "\r\n"), file: "kinh-phi.csv")
            #expect(summary == ImportSummary(kind: .spending, rows: 4, change: 1))
            let report = try store.budget(PlanScope(plan: "nghia-giang-2025"), asOf: asOf)
            #expect(report.sources == [
                BudgetRow(source: "nsnn", name: "Ngân sách nhà nước theo phân cấp", estimate: 45_000_000, disbursed: 12_500_000,
                          settled: 17_300_000, remaining: 32_500_000),
                BudgetRow(source: "xhh", name: "Nguồn xã hội hóa", estimate: 5_000_000, disbursed: 2_000_000, settled: 0,
                          remaining: 3_000_000),
            ])
        }
    }
}

// MARK: - Bad files

extension CSVImportTests {
    @Suite struct BadFiles {
        /// Every bad row is reported, each at the value it is about, and nothing is recorded.
        @Test func everyBadRowIsReportedAndNothingRecorded() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.activity(csvNote: "kept")
            let before = try StoreFixture.dump(store)
            let text = csvText([
                "task,date,participants,can-bo-cong-chuc,nguoi-dan",
                "nv3,06/12/2025,2148,631,1500",
                "nv11,06/12/2025,10,,",
                "",
                "nv2,2025-13-01,x,,",
                "nv1,09/10/2025,145,,",
                "nv2,19/11/2025,80,abc,",
                "nv2,19/11/2025,80,81,",
            ])
            let problems = importProblems(store, text, file: "bad.csv")
            #expect(printed(problems) == [
                "bad.csv:2:16: error: the target groups add up to 2.131, not to the 2.148 participants; give every group so that they add up, or none",
                "bad.csv:3:1: error: no task 'nv11' in the loaded plans; did you mean 'nv1'?",
                "bad.csv:5:5: error: impossible date '2025-13-01': there is no month 13; months run from 1 to 12",
                "bad.csv:5:16: error: 'x' in 'participants' is not a whole number",
                "bad.csv:7:19: error: 'abc' in 'can-bo-cong-chuc' is not a whole number",
                "bad.csv:8:16: error: the target groups add up to 81, not to the 80 participants; give every group so that they add up, or none",
            ])
            #expect(try StoreFixture.dump(store) == before)
            #expect(try RecordsFixture.counts(store) == [1, 0, 0, 1])
        }

        /// The participants cell of an Excel (';', BOM, CRLF) file, after a quoted title.
        @Test func groupsThatDoNotAddUpPointAtTheParticipantsCell() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let text = "\u{FEFF}" + csvText([
                "Tên hoạt động;Nhiệm vụ;Ngày;Số người;CBCCVC;Người dân",
                "\"Khóa tập huấn; Cổng BDHVS\";nv3;06/12/2025;2.148;631;1.571",
            ], newline: "\r\n")
            let problems = importProblems(store, text, file: "nghia-giang.csv")
            #expect(printed(problems) == [
                "nghia-giang.csv:2:44: error: the target groups add up to 2.202, not to the 2.148 participants; give every group so that they add up, or none",
            ])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func aDateAfterTheAsOfDateIsRefusedAtTheDateCell() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let problems = importProblems(store, csvText(["task,date,participants", "nv1,09/10/2025,145", "nv2,01/01/2026,5"]))
            #expect(problems.map(\.location) == [SourceLocation(file: "hoat-dong.csv", line: 3, column: 5)])
            #expect(problems.first?.message.text(.en).contains("01/01/2026") == true)
            #expect(problems.first?.message.text(.en).contains("31/12/2025") == true)
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func badMeasurements() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let text = csvText([
                "indicator\tdate\tvalue\tnumerator\tdenominator",
                "nguoi-dan-ky-nang-so\t31/12/2025\t100,5\t\t",
                "cbccvc-ky-nang-so\t31/12/2025\t\t641\t640",
                "nguoi-tham-gia-cong\t31/12/2025\t2148,5\t\t",
                "xyz\t31/12/2025\t5\t\t",
                "nguoi-dan-ky-nang-so\t31/12/2025\t85,35\t\t",
                "nguoi-dan-ky-nang-so\t31/12/2025\t\t\t",
                "nguoi-dan-ky-nang-so\tcuối năm\t85\t\t",
                "nguoi-dan-ky-nang-so\t31/12/2025\t85,3\t\t",
            ])
            #expect(printed(importProblems(store, text, file: "chi-tieu.csv")) == [
                "chi-tieu.csv:2:33: error: indicator 'nguoi-dan-ky-nang-so' is a percentage; 100,5 is over 100",
                "chi-tieu.csv:3:31: error: the numerator 641 is larger than the denominator 640",
                "chi-tieu.csv:4:32: error: indicator 'nguoi-tham-gia-cong' is a count; 2.148,5 is not a whole number",
                "chi-tieu.csv:5:1: error: no indicator 'xyz' in the loaded plans",
                "chi-tieu.csv:6:33: error: '85,35' is not a number with at most one decimal",
                "chi-tieu.csv:7:1: error: no 'value', nor 'numerator' and 'denominator', on this row",
                "chi-tieu.csv:8:22: error: 'cuối năm' is not a date; expected d/m/yyyy or yyyy-mm-dd",
            ])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func badSpending() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let text = csvText([
                "task,date,amount,source,kind",
                "nv1,09/10/2025,1.000,tw,giải ngân",
                "nv1,09/10/2025,1.000,nsnn,chi",
                "nv1,09/10/2025,12.500.00,nsnn,",
                "nv1,09/10/2025,1.000,,",
                "nv1,09/10/2025,12.500.000,nsnn,",
            ])
            #expect(printed(importProblems(store, text, file: "kinh-phi.csv")) == [
                "kinh-phi.csv:2:22: error: no funding source 'tw' in plan 'nghia-giang-2025'; expected one of 'nsnn', 'xhh'",
                "kinh-phi.csv:3:27: error: kind 'chi' is not 'giải ngân' (disbursed) or 'quyết toán' (settled)",
                "kinh-phi.csv:4:16: error: '12.500.00' in 'amount' is not an amount; expected a whole number of đồng, e.g. 12.500.000 or 12.500.000 đồng",
                "kinh-phi.csv:5:1: error: no 'source' on this row",
            ])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func unitNeitherBuiltInNorThePlans() throws {
            let store = try RecordsFixture.store(RecordsFixture.ducThinh)
            #expect(printed(importProblems(store, csvText(["task,date,participants,unit", "nv2,20/11/2025,1,cái"])))
                    == ["hoat-dong.csv:2:18: error: unknown unit 'cái'; expected one of 'người', 'lượt', 'lớp', 'buổi', 'khóa', 'tin/bài', 'tổ', 'điểm', 'mô hình' or a unit listed under 'units' in the plan"])
            #expect(printed(importProblems(store, csvText(["task,date,participants,unit", "nv2,20/11/2025,1,\(String(repeating: "x", count: 41))"])))
                    == ["hoat-dong.csv:2:18: error: unit '\(String(repeating: "x", count: 41))' is empty or longer than 40 characters; expected a unit such as 'người', 'lượt', 'lớp', 'khóa'"])
        }

        @Test func unknownPlanIsPointedAtThePlanCell() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["task,plan,date,participants", "nv1,nghia-giang-2026,09/10/2025,145"])))
                    == ["hoat-dong.csv:2:5: error: no plan 'nghia-giang-2026' is loaded; did you mean 'nghia-giang-2025'?"])
        }

        /// A group column the plan does not know is reported on every row that fills it, at its value.
        @Test func unknownGroupColumn() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let problems = importProblems(store, csvText([
                "task,date,participants,Nguoi dann,CBCCVC", "nv1,09/10/2025,145,100,45", "nv2,19/11/2025,80,,80",
                "nv3,06/12/2025,2148,1517,631",
            ]))
            #expect(printed(problems) == [
                "hoat-dong.csv:2:20: error: unknown target group 'Nguoi dann'; did you mean 'người dân'?",
                "hoat-dong.csv:4:21: error: unknown target group 'Nguoi dann'; did you mean 'người dân'?",
            ])
        }

        @Test func emptyFiles() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let empty = "hoat-dong.csv:1:1: error: the file is empty; expected a header row such as 'plan,task,date,participants'"
            for text in ["", "\u{FEFF}", "\n\n", "\r\n"] {
                #expect(printed(importProblems(store, text)) == [empty], "\(Array(text.unicodeScalars))")
            }
            #expect(printed(importProblems(store, "task,date,participants\r\n"))
                    == ["hoat-dong.csv:1:1: error: the file has no rows to import"])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        @Test func headerWithNoKnownKind() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["STT;Nội dung;Ghi chú", "1;Lễ phát động;"]))) == [
                "hoat-dong.csv:1:1: error: the header names no 'participants', 'indicator' or 'amount' column; expected activities (plan,task,date,participants,…), measurements (plan,indicator,date,value) or spending (plan,task,date,amount,source)",
            ])
        }

        @Test func headerWithoutARequiredColumn() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["task,participants", "nv1,145"]))) == [
                "hoat-dong.csv:1:1: error: the header has no 'date' column; expected plan, task, date, participants, unit, title, place, note, village, running_total and target group columns",
            ])
            #expect(printed(importProblems(store, csvText(["date,amount", "09/10/2025,1.000"]))) == [
                "hoat-dong.csv:1:1: error: the header has no 'source' column; expected plan, task, date, amount, source, kind (disbursed or settled), note",
                "hoat-dong.csv:1:1: error: the header has no 'task' column; expected plan, task, date, amount, source, kind (disbursed or settled), note",
            ])
        }

        @Test func unknownColumnInAMeasurementFile() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["indicator,date,value,ghi chu them", "nguoi-dan-ky-nang-so,31/12/2025,85,x"]))) == [
                "hoat-dong.csv:1:22: error: unknown column 'ghi chu them'; expected plan, indicator, date, value or numerator and denominator, source",
            ])
        }

        /// Where the store finds a value wrong, the finding points at that value.
        @Test func zeroAmountAndDenominatorPointAtTheirCells() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["task,date,amount,source", "nv1,09/10/2025,0,nsnn"]), file: "kinh-phi.csv"))
                    == ["kinh-phi.csv:2:16: error: the amount must be more than 0, found 0"])
            #expect(printed(importProblems(store, csvText(["indicator,date,numerator,denominator", "cbccvc-ky-nang-so,31/12/2025,0,0"]),
                                           file: "chi-tieu.csv"))
                    == ["chi-tieu.csv:2:32: error: the denominator must be more than 0, found 0"])
        }

        /// A CSV file has columns, not command-line options.
        @Test func findingsNameColumnsNotOptions() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            let late = importProblems(store, csvText(["indicator,date,value", "to-cns,01/01/2026,62"]), file: "chi-tieu.csv")
            #expect(printed(late) == ["chi-tieu.csv:2:8: error: the date 01/01/2026 is after today (31/12/2025); record what has happened"])
            #expect(late.map { $0.rendered(.vi) }
                    == ["chi-tieu.csv:2:8: error: ngày 01/01/2026 sau ngày hôm nay (31/12/2025); chỉ ghi những việc đã xảy ra"])
            let ratio = importProblems(store, csvText(["indicator,date,numerator,denominator", "to-cns,31/12/2025,62,62"]), file: "chi-tieu.csv")
            #expect(printed(ratio) == ["chi-tieu.csv:2:1: error: indicator 'to-cns' is a count; give a 'value', not a 'numerator' and 'denominator'"])
            #expect(ratio.map { $0.rendered(.vi) }
                    == ["chi-tieu.csv:2:1: error: chỉ tiêu 'to-cns' là số lượng; hãy ghi 'giá trị', không ghi 'tử số' và 'mẫu số'"])
            #expect((late + ratio).allSatisfy { !$0.message.text(.en).contains("--") && !$0.message.text(.vi).contains("--") })
        }
    }
}

// MARK: - What a spreadsheet would not write

extension CSVImportTests {
    /// Quotes, columns and characters out of place are each a finding at their place, and
    /// nothing of the file is recorded: no row is silently merged, cut or dropped.
    @Suite struct Shape {
        /// An unclosed quote once swallowed the rows after it into one title ("imported 2 rows" of 5).
        @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let problems = importProblems(store, csvText([
                "task,date,participants,title",
                "nv1,09/10/2025,145,\"Lễ phát động",
                "nv2,19/11/2025,80,Tập huấn",
                "nv3,06/12/2025,2148,Khóa học",
                "nv1,10/10/2025,5,Họp",
                "nv2,11/11/2025,6,Lớp",
            ]))
            #expect(printed(problems) == [
                "hoat-dong.csv:2:20: error: the quote that opens this value is never closed; close it, or write a quote inside a value as two quotes (\"\")",
            ])
            #expect(problems.map { $0.rendered(.vi) } == [
                "hoat-dong.csv:2:20: error: dấu ngoặc kép mở đầu giá trị này không được đóng; hãy đóng lại, hoặc ghi dấu ngoặc kép bên trong giá trị thành hai dấu (\"\")",
            ])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        /// `"ab"cd` was stored as `abcd`; a quote opened on one row and closed on the next is caught where the text goes on.
        @Test func textAfterAClosingQuote() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            #expect(printed(importProblems(store, csvText(["task,date,participants,title", "nv1,09/10/2025,145,\"ab\"cd"]))) == [
                "hoat-dong.csv:2:24: error: text 'cd' after the closing quote of a value; quote the whole value and write a quote inside it as two quotes (\"\")",
            ])
            #expect(printed(importProblems(store, csvText([
                "task,date,participants,title", "nv1,09/10/2025,145,\"Lễ phát động", "nv2,19/11/2025,80,\"Tập huấn\"",
            ]))) == [
                "hoat-dong.csv:3:20: error: text 'Tập huấn\"' after the closing quote of a value; quote the whole value and write a quote inside it as two quotes (\"\")",
            ])
            // Spaces after the closing quote are what spreadsheets leave; they are not text.
            try store.importing(csvText(["task,date,participants,title", "nv1,09/10/2025,145,\"ab\"  "]))
            #expect(try store.activities(.all).activities.map(\.title) == ["ab"])
        }

        /// Extra columns were dropped silently: a value under no column is a finding at the value.
        @Test func aValueUnderNoColumn() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let problems = importProblems(store, csvText([
                "task,date,participants,title", "nv1,09/10/2025,145,Lễ phát động,Hội trường", "nv2,19/11/2025,80,Tập huấn,,",
            ]))
            #expect(printed(problems) == [
                "hoat-dong.csv:2:33: error: value 'Hội trường' is in column 5, which the header does not name; name the column or remove the value",
            ])
            #expect(problems.map { $0.rendered(.vi) } == [
                "hoat-dong.csv:2:33: error: giá trị 'Hội trường' nằm ở cột 5, cột này không có tên trong dòng tiêu đề; hãy đặt tên cột hoặc xóa giá trị",
            ])
            #expect(printed(importProblems(store, csvText(["task,,date,participants", "nv1,x,09/10/2025,145"])))
                    == ["hoat-dong.csv:2:5: error: value 'x' is in column 2, which the header does not name; name the column or remove the value"])
            // Empty trailing cells, as spreadsheets save them, are not values.
            try store.importing(csvText(["task,date,participants", "nv1,09/10/2025,145,,,"]))
            #expect(try store.activities(.all).people == 145)
        }

        /// A NUL cut the title at it ("a\0b" stored as "a"); control characters and
        /// non-characters are findings at the character.
        @Test(arguments: [("\u{0}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{7}", "U+0007"), ("\u{7F}", "U+007F"), ("\u{85}", "U+0085"),
                          ("\u{FFFE}", "U+FFFE"), ("\u{FFFF}", "U+FFFF")])
        func controlCharacters(character: String, code: String) throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let before = try StoreFixture.dump(store)
            for title in ["a\(character)b", "\"a\(character)b\""] {
                let problems = importProblems(store, csvText(["task,date,participants,title", "nv1,09/10/2025,145,\(title)"]))
                let column = title.hasPrefix("\"") ? 22 : 21
                #expect(printed(problems) == ["hoat-dong.csv:2:\(column): error: control character \(code) in a value; remove it"])
                #expect(problems.map { $0.rendered(.vi) } == ["hoat-dong.csv:2:\(column): error: giá trị có ký tự điều khiển \(code); hãy xóa ký tự này"])
            }
            #expect(try StoreFixture.dump(store) == before)
        }

        /// Line breaks inside quotes stay (as "\n"), whatever the file's line ends; a tab is kept.
        @Test func lineBreaksInQuotesAndTabsAreKept() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.importing("task,date,participants,title,note\r\nnv1,09/10/2025,145,a\tb,\"x\r\ny\rz\"\r\nnv2,19/11/2025,80,c,\r\n")
            let report = try store.activities(.all)
            #expect(report.activities.map(\.title) == ["a\tb", "c"])
            let notes = try store.read { db in try String?.fetchAll(db, sql: "SELECT note FROM activity ORDER BY id") }
            #expect(notes == ["x\ny\nz", nil])
        }

        /// A title is one line, as in a plan file: a line break in it is refused at its cell
        /// (a note may hold paragraphs), and nothing is written.
        @Test func aLineBreakInATitleIsRefusedAtItsCell() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let before = try StoreFixture.dump(store)
            let problems = importProblems(store, "task,date,participants,title\nnv1,09/10/2025,145,\"Buổi học\nthứ hai\"\n")
            #expect(printed(problems) == ["hoat-dong.csv:2:20: error: 'Buổi học…' holds a line break; this text is written on one line"])
            #expect(problems.map { $0.rendered(.vi) } == ["hoat-dong.csv:2:20: error: 'Buổi học…' có chỗ xuống dòng; nội dung này chỉ được viết trên một dòng"])
            #expect(try StoreFixture.dump(store) == before)
        }

        /// Positions after a multi-line quoted value and a lone CR line end.
        @Test func positionsAfterLineBreaks() {
            let rows = CSVReader.rows("a,\"b\nc\",d\re,f")
            #expect(rows.map { $0.map(\.text) } == [["a", "b\nc", "d"], ["e", "f"]])
            #expect(rows.map { $0.map { "\($0.line):\($0.column)" } } == [["1:1", "1:3", "2:4"], ["3:1", "3:3"]])
        }
    }
}

// MARK: - Numbers out of range

extension CSVImportTests {
    @Suite struct Ranges {
        /// Every number typed in a file has a range; out of it is a finding at the cell, never a trap.
        @Test func numbersOutOfRangeAreFindingsAtTheirCells() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            let activities = importProblems(store, csvText([
                "task,date,participants,can-bo-cong-chuc,nguoi-dan",
                "nv1,09/10/2025,100000001,,",
                "nv1,09/10/2025,10,9223372036854775807,9223372036854775807",
            ]))
            #expect(printed(activities) == [
                "hoat-dong.csv:2:16: error: the participants must be at most 100.000.000, found 100.000.001",
                "hoat-dong.csv:3:19: error: the count of group 'can-bo-cong-chuc' must be at most 100.000.000, found 9.223.372.036.854.775.807",
                "hoat-dong.csv:3:39: error: the count of group 'nguoi-dan' must be at most 100.000.000, found 9.223.372.036.854.775.807",
            ])
            #expect(activities.first?.rendered(.vi) == "hoat-dong.csv:2:16: error: số người tham gia tối đa là 100.000.000, nhận được 100.000.001")
            let spending = importProblems(store, csvText([
                "task,date,amount,source", "nv1,09/10/2025,9223372036854775807,nsnn", "nv2,09/10/2025,9223372036854775807,xhh",
                "nv2,09/10/2025,10.000.000.000.000.000.000,xhh",
            ]), file: "kinh-phi.csv")
            #expect(printed(spending) == [
                "kinh-phi.csv:2:16: error: the amount must be at most 1.000.000.000.000.000 đồng, found 9.223.372.036.854.775.807",
                "kinh-phi.csv:3:16: error: the amount must be at most 1.000.000.000.000.000 đồng, found 9.223.372.036.854.775.807",
                "kinh-phi.csv:4:16: error: the amount must be at most 1.000.000.000.000.000 đồng, found 10.000.000.000.000.000.000",
            ])
            #expect(spending.last?.rendered(.vi)
                    == "kinh-phi.csv:4:16: error: số tiền tối đa là 1.000.000.000.000.000 đồng, nhận được 10.000.000.000.000.000.000")
            let measurements = importProblems(store, csvText([
                "indicator,date,value,numerator,denominator",
                "nguoi-tham-gia-cong,31/12/2025,999999999999999999,,",
                "cbccvc-ky-nang-so,31/12/2025,,1,10000000000000",
            ]), file: "chi-tieu.csv")
            #expect(printed(measurements) == [
                "chi-tieu.csv:2:32: error: the value must be at most 1.000.000.000.000, found 999.999.999.999.999.999",
                "chi-tieu.csv:3:33: error: the denominator must be at most 1.000.000.000.000, found 10.000.000.000.000",
            ])
            #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
        }

        /// The largest amounts in range import, and the budget adds them up exactly.
        @Test func theLargestAmountsAddUp() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.importing(csvText([
                "task,date,amount,source,kind", "nv1,09/10/2025,1000000000000000,nsnn,", "nv2,09/10/2025,1000000000000000,xhh,",
                "nv2,10/10/2025,1000000000000000,xhh,quyết toán",
            ]), file: "kinh-phi.csv")
            let budget = try store.budget(.all, asOf: asOf)
            #expect(budget.disbursed == 2_000_000_000_000_000)
            #expect(budget.settled == 1_000_000_000_000_000)
            #expect(budget.remaining == 50_000_000 - 2_000_000_000_000_000)
        }
    }
}

// MARK: - Scale

extension CSVImportTests {
    /// A village spreadsheet of many rows: the import's work grows with the rows, not their
    /// square. Not timed (the machine's load would make it flaky): the statements SQLite runs
    /// are counted, and each row costs the same fixed number whatever the file's length, so
    /// no look-up is repeated per row. Measured on the shared 2-core machine (release build,
    /// load about 9): 4.000 rows 0,9 s, 20.000 rows 3,4 s, 100.000 rows 13 s (5,9 s of CPU).
    @Suite struct Scale {
        /// Statements run to import `rows` activities of one group each, and the rows recorded.
        static func statements(importing rows: Int) throws -> (statements: Int, recorded: Int) {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            var lines = ["task,date,participants,title,Người dân"]
            for row in 0..<rows { lines.append("nv\(1 + row % 3),09/10/2025,\(row % 50 + 1),Lớp \(row),\(row % 50 + 1)") }
            final class Counter: @unchecked Sendable { var count = 0 }
            let counter = Counter()
            store.writer.writeWithoutTransaction { db in db.trace(options: .statement) { _ in counter.count += 1 } }
            let summary = try store.importing(csvText(lines))
            store.writer.writeWithoutTransaction { db in db.trace(options: []) }
            return (counter.count, summary.rows)
        }

        @Test func eachRowCostsTheSameStatementsWhateverTheLength() throws {
            let small = try Self.statements(importing: 1_000)
            let large = try Self.statements(importing: 10_000)
            #expect(small.recorded == 1_000)
            #expect(large.recorded == 10_000)
            // An activity, its group, and its 'live' flag set by the change; the change's
            // fields (one per row) go in statements of up to 256 rows.
            let perRow = 3
            let fieldStatements = (small: RowChunks.ranges(1_000).count, large: RowChunks.ranges(10_000).count)
            #expect(fieldStatements.small == 7 && fieldStatements.large == 40)
            #expect(large.statements - small.statements == 9_000 * perRow + fieldStatements.large - fieldStatements.small)
            #expect(small.statements - 1_000 * perRow - fieldStatements.small < 40, "look-ups and the change are a fixed cost: \(small.statements)")
        }
    }
}

// MARK: - One change, one undo

extension CSVImportTests {
    @Suite struct Undo {
        @Test func anImportIsOneChangeAndOneUndoTakesItAllBack() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.activity(csvNote: "before the import")
            let summary = try store.importing(csvText([
                "task,date,participants,CBCCVC,người dân",
                "nv1,09/10/2025,145,,",
                "nv2,19/11/2025,80,,",
                "nv3,06/12/2025,2.148,631,1.517",
            ]))
            #expect(summary == ImportSummary(kind: .activity, rows: 3, change: 2))
            #expect(try RecordsFixture.counts(store) == [4, 0, 0, 2])
            #expect(try store.activities(.all).people == 1 + 2373)

            let undo = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(undo.undoes == 2)
            #expect(undo.task == nil)
            #expect(undo.fields.map(\.field) == [.record(.activity, id: 2), .record(.activity, id: 3), .record(.activity, id: 4)])
            #expect(undo.fields.allSatisfy { $0.old == "live" && $0.new == nil })
            #expect(ChangeText(language: .vi).confirmation(undo) == "Đã ghi: nghia-giang-2025 — hoàn tác (hoàn tác thay đổi #2)\n")
            let report = try store.activities(.all)
            #expect(report.people == 1)
            #expect(report.byGroup == [:])
            #expect(try RecordsFixture.history(store) == ["#1 activity", "#2 import undone by #3", "#3 undo undoes #2"])
            // The rows are kept for the trace, no longer counted.
            #expect(try RecordsFixture.counts(store) == [4, 0, 0, 3])
        }

        @Test func undoTakesBackAMeasurementImport() throws {
            let store = try RecordsFixture.store(RecordsFixture.vietHung)
            try store.importing(csvText(["indicator,date,value", "to-cns,05/08/2025,62", "nguoi-dan-ky-nang-so,15/12/2025,85"]),
                                file: "chi-tieu.csv")
            #expect(try store.indicators(.all, asOf: asOf).compactMap(\.met) == [true, true])
            _ = try store.undo(by: "Lan", recordedOn: asOf)
            #expect(try store.indicators(.all, asOf: asOf).compactMap(\.met) == [])
        }

        @Test func theImportReadsAsOneLineOfHistory() {
            let fields = (1...3).map { ChangeRecord.Field(field: .record(.activity, id: Int64($0)), old: nil, new: "live") }
            let change = ChangeRecord(id: 7, plan: "nghia-giang-2025", task: nil, kind: .import, by: "Lan", on: asOf, recordedOn: asOf,
                                      note: "hoat-dong.csv", fields: fields, undoes: nil, undoneBy: nil)
            #expect(ChangeText(language: .vi).historyLine(change) == "#7  31/12/2025  Lan  nhập 3 dòng từ tệp — “hoat-dong.csv”")
            #expect(ChangeText(language: .en).historyLine(change) == "#7  31/12/2025  Lan  imported 3 rows from a file — “hoat-dong.csv”")
        }

        /// Someone else's import is not undone by Lan.
        @Test func undoIsPerUser() throws {
            let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
            try store.importing(csvText(["task,date,participants", "nv1,09/10/2025,145"]), by: "Hùng")
            #expect(RecordsFixture.refusal { try store.undo(by: "Lan", recordedOn: asOf) } == .nothingToUndo(by: "Lan"))
            #expect(try store.activities(.all).people == 145)
        }
    }
}

private extension TaskStore {
    /// One activity of 1 person for nv1, recorded before an import.
    func activity(csvNote note: String) throws {
        _ = try addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-10-01"), participants: 1, note: note),
                            by: "Lan", recordedOn: asOf)
    }
}
