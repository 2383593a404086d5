import Testing
@testable import BDHVSCore

/// Targets as real plans state them (issue 11): a direction, a range, a Vietnamese decimal
/// comma, several horizons, and the body that monitors each; `indicator list` says met or
/// not met accordingly.
@Suite struct IndicatorTargetTests {
    @Test(arguments: [
        ("85", IndicatorTarget(lowTenths: 850)),
        ("85%", IndicatorTarget(lowTenths: 850)),
        ("không thấp hơn 85%", IndicatorTarget(direction: .atLeast, lowTenths: 850)),
        ("Khong thap hon 85 %", IndicatorTarget(direction: .atLeast, lowTenths: 850)),
        ("tối thiểu 80%", IndicatorTarget(direction: .atLeast, lowTenths: 800)),
        ("ít nhất 1.000 người", IndicatorTarget(direction: .atLeast, lowTenths: 10_000)),
        ("trên 85%", IndicatorTarget(direction: .above, lowTenths: 850)),
        ("> 0,7", IndicatorTarget(direction: .above, lowTenths: 7)),
        ("tối đa 5%", IndicatorTarget(direction: .atMost, lowTenths: 50)),
        ("không quá 5%", IndicatorTarget(direction: .atMost, lowTenths: 50)),
        ("≤ 50", IndicatorTarget(direction: .atMost, lowTenths: 500)),
        ("<= 50", IndicatorTarget(direction: .atMost, lowTenths: 500)),
        ("Top 50", IndicatorTarget(direction: .atMost, lowTenths: 500)),
        ("dưới 3%", IndicatorTarget(direction: .below, lowTenths: 30)),
        ("40 - 50%", IndicatorTarget(lowTenths: 400, highTenths: 500)),
        ("40% – 50%", IndicatorTarget(lowTenths: 400, highTenths: 500)),
        ("từ 40 đến 50%", IndicatorTarget(lowTenths: 400, highTenths: 500)),
        ("85,5%", IndicatorTarget(lowTenths: 855)),
        ("85.5%", IndicatorTarget(lowTenths: 855)),
        ("đạt 100%", IndicatorTarget(lowTenths: 1000)),
    ])
    func phrases(text: String, expected: IndicatorTarget) {
        #expect(TargetPhrase.parse(text) == .success(expected), "\(text)")
    }

    @Test(arguments: [
        ("khoảng 85%", TargetPhraseProblem.notUnderstood("khoảng 85%")),
        ("85% so với năm 2024", .notUnderstood("85% so với năm 2024")),
        ("0,75", .tooManyDecimals("0,75")),
        ("50 - 40%", .rangeReversed("50 - 40%")),
        ("", .notUnderstood("")),
    ])
    func refusals(text: String, expected: TargetPhraseProblem) {
        #expect(TargetPhrase.parse(text) == .failure(expected))
    }

    /// A rank where lower is better: 60 against "≤ 50" is not met, 50 is.
    @Test func directionsDecideMet() {
        let rank = IndicatorTarget(direction: .atMost, lowTenths: 500)
        #expect(!rank.isMet(valueTenths: 600))
        #expect(rank.isMet(valueTenths: 500))
        let above = IndicatorTarget(direction: .above, lowTenths: 850)
        #expect(!above.isMet(valueTenths: 850))
        #expect(above.isMet(numerator: 851, denominator: 1000))
        let range = IndicatorTarget(lowTenths: 400, highTenths: 500)
        #expect(range.isMet(valueTenths: 450) && range.isMet(valueTenths: 550) && !range.isMet(valueTenths: 399))
        #expect(IndicatorTarget(direction: .below, lowTenths: 30).isMet(numerator: 29, denominator: 1000))
    }

    static let plan = PlanFixture.variant("\ntasks:\n", """

        indicators:
          - id: ky-nang-so
            name: Tỷ lệ người dân có kỹ năng số cơ bản
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: không thấp hơn 80%
            horizons:
              - {year: 2026, target: 90}
              - {year: 2030, target: 100%}
            monitor: Phòng VH-XH
          - id: xep-hang
            name: Xếp hạng chỉ số chuyển đổi số của xã trong tỉnh
            kind: count
            target: "≤ 50"
          - id: hdi
            name: Chỉ số HDI
            kind: index
            target: "> 0,7"
          - id: dvc
            name: Tỷ lệ hồ sơ trực tuyến
            kind: percent
            of: hồ sơ thủ tục hành chính
            target: 40 - 50%
        tasks:

        """)

    @Test func indicatorListSaysMetOrNotMet() throws {
        let store = try StoreFixture.store(loading: Self.plan)
        for (indicator, value, date) in [("ky-nang-so", MeasurementInput.Value.ratio(numerator: 85, denominator: 100), "2025-12-01"),
                                         ("xep-hang", .tenths(600), "2025-12-01"), ("hdi", .tenths(7), "2025-12-01"),
                                         ("dvc", .tenths(450), "2025-12-01")] {
            _ = try store.recordMeasurement(MeasurementInput(plan: nil, indicator: indicator, measuredOn: isoDate(date), value: value),
                                            by: "Lan", recordedOn: isoDate(date))
        }
        let rows = try store.indicators(.all, asOf: isoDate("2025-12-31"))
        #expect(rows.map(\.id) == ["ky-nang-so", "xep-hang", "hdi", "dvc"])
        #expect(rows.map(\.met) == [true, false, false, true])
        #expect(rows[0].monitor == "Phòng Văn hóa - Xã hội")
        let text = RecordText(language: .vi).indicators(rows, asOf: isoDate("2025-12-31"))
        #expect(text.contains { $0.contains("chỉ tiêu ≤ 50") && $0.contains("chưa đạt") }, "\(text)")
        #expect(text.contains { $0.contains("chỉ tiêu > 0,7") }, "\(text)")
        // In 2026 the 2026 horizon counts (90%): 85% no longer meets it; in 2028, the 2030 one.
        let later = try store.indicators(.all, asOf: isoDate("2026-06-30"))
        #expect(later[0].targetTenths == 900 && later[0].targetYear == 2026 && later[0].met == false)
        #expect(try store.indicators(.all, asOf: isoDate("2028-01-01"))[0].targetYear == 2030)
    }

    @Test(arguments: [
        ("target: không thấp hơn 80%", "target: khoảng 80%",
         "plan.yaml:29:13: error: target of indicator 'ky-nang-so' cannot be read: 'khoảng 80%'; write a number or a phrase such as 'không thấp hơn 85%', 'trên 85%', 'tối đa 5%', '≤ 50', '40 - 50%', '> 0,7'"),
        ("target: \"> 0,7\"", "target: \"> 0,75\"", "plan.yaml:41:13: error: target of indicator 'hdi' may have at most one decimal, e.g. 85.5"),
        ("target: \"≤ 50\"", "target: \"≤ 50,5\"", "plan.yaml:37:13: error: target of indicator 'xep-hang' counts people and must be a whole number"),
        ("target: 40 - 50%", "target: 40 - 150%", "plan.yaml:46:13: error: target of indicator 'dvc' is a percentage and cannot exceed 100, found 40 - 150%"),
        ("{year: 2026, target: 90}", "{year: 2024, target: 90}",
         "plan.yaml:31:16: error: horizon 2024 of indicator 'ky-nang-so' must be a later year than the plan's 2025, each once"),
        ("monitor: Phòng VH-XH", "monitor: Phòng Y tế", "plan.yaml:33:14: error: unknown agency 'Phòng Y tế'; expected the id, name or an alias of an agency listed under 'agencies' ('ubnd', 'vhxh', 'ca')"),
    ])
    func badTargetsAreLocated(edit: (String, String, String)) {
        let outcome = PlanFixture.check(PlanFixture.variant(edit.0, edit.1, in: Self.plan))
        #expect(outcome.diagnostics.map(\.description) == [edit.2])
    }
}
