import BDHVSCore
import BDHVSTestSupport
import Foundation
@testable import BDHVSServer

/// A database with the example plans (two provinces), opened read-only as `serve` opens it
/// (`.readOnly`), and a dashboard over it as of a fixed day.
struct DashboardFixture {
    let folder: URL
    let path: String
    let dashboard: Dashboard

    static let asOf = CivilDate(iso: "2025-12-31")!

    init(plans: [String] = ["dong-tra-bong-2025", "nghia-giang-2025", "viet-hung-2025"]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-dashboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("tinh.sqlite").path
        let writer = try TaskStore.open(path: path, access: .write)
        for name in plans {
            let outcome = PlanLoader.load(path: PackageRoot.url.appendingPathComponent("Plans/\(name).yaml").path)
            guard let plan = outcome.plan else { throw FixtureError.invalidPlan(name) }
            _ = try writer.load(plan, sourcePath: "Plans/\(name).yaml")
        }
        dashboard = Dashboard(store: try TaskStore.open(path: path, access: .readOnly), today: { Self.asOf })
    }

    /// The answer to `target`.
    func get(_ target: String) -> DashboardResponse { dashboard.answer(target) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    enum FixtureError: Error { case invalidPlan(String) }
}

/// The text of every element carrying `data-key="key"` in `html`, in order.
func dataValues(_ html: String, key: String) -> [String] {
    var values: [String] = []
    var rest = Substring(html)
    let marker = "data-key=\"\(key)\">"
    while let range = rest.range(of: marker) {
        rest = rest[range.upperBound...]
        guard let end = rest.firstIndex(of: "<") else { break }
        values.append(String(rest[..<end]))
    }
    return values
}
