import Testing
@testable import BDHVSCore
@Test func version() { #expect(BDHVS.version == "0.1.0") }
