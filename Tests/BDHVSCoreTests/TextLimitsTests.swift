import Foundation
import Testing
@testable import BDHVSCore

/// Texts have limits (a 3.000.000-character task title loaded and filled every listing):
/// one place states them (`TextLimits`), the schema says the same, and a refusal quotes
/// only the start of the text.
@Suite struct TextLimitsTests {
    @Test func theSchemaStatesTheLimitsOfTheLibrary() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(PlanSchema.json.utf8)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: [String: Any]])
        #expect(defs["text"]?["maxLength"] as? Int == TextLimits.line)
        #expect(defs["long_text"]?["maxLength"] as? Int == TextLimits.long)
        #expect(defs["id"]?["maxLength"] as? Int == TextLimits.id)
    }

    @Test func aTitleTooLongIsALocatedErrorThatQuotesNothingOfIt() {
        let title = String(repeating: "Tập huấn kỹ năng số ", count: 150_000)
        let marked = MarkedText(PlanFixture.variant("    title: Tổ chức Lễ phát động", "    title: 1️⃣\(title)"))
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan == nil)
        let place = marked.positions["1️⃣"]!
        #expect(outcome.diagnostics.map(\.description) == [
            "plan.yaml:\(place.line):\(place.column): error: 'title' is 2,999,999 characters long; at most 2,000 are allowed",
        ])
        #expect(outcome.diagnostics.first?.message.text(.vi) == "'title' dài 2.999.999 ký tự; tối đa 2.000 ký tự")
    }

    @Test func limitsAreInclusiveAndCountCharactersNotBytes() throws {
        // 2.000 Vietnamese letters are 4.000 bytes and one line's limit exactly.
        _ = try PlanFixture.plan(PlanFixture.variant("    title: Tổ chức Lễ phát động", "    title: " + String(repeating: "ễ", count: 2_000)))
        let over = PlanFixture.check(PlanFixture.variant("    title: Tổ chức Lễ phát động", "    title: " + String(repeating: "ễ", count: 2_001)))
        #expect(over.diagnostics.map { $0.message.id } == ["schema.too-long"])
        let marked = MarkedText(PlanFixture.variant("  - id: nv3\n", "  - id: 1️⃣" + String(repeating: "n", count: 101) + "\n"))
        let place = marked.positions["1️⃣"]!
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description)
            == ["plan.yaml:\(place.line):\(place.column): error: 'id' is 101 characters long; at most 100 are allowed"])
    }

    @Test func aValueQuotedInARefusalIsShortened() {
        let id = String(repeating: "đ", count: 5_000)
        let outcome = PlanFixture.check(PlanFixture.variant("    lead: ubnd\n", "    lead: \(id)\n"))
        let messages = outcome.diagnostics.map(\.description)
        #expect(messages.allSatisfy { $0.count < 400 }, "\(messages.map(\.count))")
        #expect(TextLimits.excerpt(String(repeating: "a", count: 80)) == String(repeating: "a", count: 80))
        #expect(TextLimits.excerpt(String(repeating: "ă", count: 81)) == String(repeating: "ă", count: 60) + "…")
    }

    @Test func typedTextsHaveTheSameLimits() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let day = isoDate("2025-10-09")
        let title = String(repeating: "Lớp ", count: 600)
        #expect(throws: ChangeError.textTooLong(text: title, length: 2_400, limit: 2_000)) {
            try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: day, participants: 5, title: title), by: "Lan", recordedOn: day)
        }
        let error = ChangeError.textTooLong(text: title, length: 2_400, limit: 2_000)
        #expect(error.text(.vi) == "văn bản '\(String(repeating: "Lớp ", count: 15))…' dài 2.400 ký tự; tối đa 2.000 ký tự")
        #expect(error.text(.en) == "the text '\(String(repeating: "Lớp ", count: 15))…' is 2,400 characters long; at most 2,000 are allowed")
        // A note may run to paragraphs: the same 2.400 characters are a note that records.
        _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: day, participants: 5, note: title), by: "Lan", recordedOn: day)
        let note = String(repeating: "x", count: TextLimits.long + 1)
        #expect(throws: ChangeError.textTooLong(text: note, length: TextLimits.long + 1, limit: TextLimits.long)) {
            try store.record(ChangeRequest(plan: nil, task: "nv1", action: .note, on: day, recordedOn: day, by: "Lan", note: note))
        }
    }
}
