import Testing
@testable import BDHVSServer

@Suite struct WordsTests {
    @Test func numbersAndPercentagesAsEachLanguageWritesThem() {
        let vi = Words(language: .vi), en = Words(language: .en)
        #expect(vi.number(2148) == "2.148")
        #expect(en.number(1_000_000) == "1,000,000")
        #expect(vi.number(-39371) == "-39.371")
        #expect(vi.percent(1, of: 33) == "3%")
        #expect(vi.percent(1, of: 7) == "14,3%")
        #expect(en.percent(1, of: 7) == "14.3%")
        #expect(vi.percent(2, of: 3) == "66,7%")
        #expect(vi.percent(0, of: 5) == "0%")
        #expect(vi.percent(5, of: 5) == "100%")
        #expect(vi.percent(3, of: 0) == "—")
    }
}
