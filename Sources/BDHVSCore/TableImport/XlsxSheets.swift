import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The worksheets of a workbook in the order its tabs show them: each sheet's name in
/// `xl/workbook.xml` and its part, through `xl/_rels/workbook.xml.rels`. A province's
/// workbook keeps its targets on a first tab ("PL1 Chỉ tiêu") and its tasks on the next
/// ("PL2 Nhiệm vụ"); only `sheet1.xml` was read, and the tasks were "no task table".
enum XlsxSheets {
    /// Most sheets read: a plan's workbook has a few tabs.
    static let maximumSheets = 32

    /// The sheets listed, in tab order, each once; empty when the workbook does not say
    /// (the caller then reads `xl/worksheets/sheet1.xml`). Hidden sheets are left out, as
    /// their tabs are (a hidden template, "(ghi nội dung nhiệm vụ)", was taken over the
    /// visible tab of tasks), unless every sheet is hidden.
    static func list(workbook: Data?, relationships: Data?) -> [(name: String, path: String)] {
        guard let workbook, let relationships else { return [] }
        let sheets = SheetListDelegate()
        let links = RelationshipsDelegate()
        guard OfficeArchive.parse(workbook, with: sheets), OfficeArchive.parse(relationships, with: links) else { return [] }
        var seen = Set<String>()
        let shown = sheets.sheets.contains { !$0.hidden } ? sheets.sheets.filter { !$0.hidden } : sheets.sheets
        return shown.compactMap { sheet -> (name: String, path: String)? in
            guard let target = links.targets[sheet.id], target.contains("worksheets/") else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return seen.insert(path).inserted ? (sheet.name, path) : nil
        }
    }
}

/// `<sheet name="…" r:id="rId2"/>` of `xl/workbook.xml`, in order.
private final class SheetListDelegate: NSObject, XMLParserDelegate {
    var sheets: [(name: String, id: String, hidden: Bool)] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard name == "sheet" || name.hasSuffix(":sheet"), sheets.count < 4 * XlsxSheets.maximumSheets else { return }
        // The relationship's id is "r:id" as Excel writes it, under whatever prefix.
        guard let id = attributes.first(where: { $0.key == "r:id" || $0.key.hasSuffix(":id") })?.value else { return }
        // `state="hidden"` (Format > Hide) or `"veryHidden"` (hidden from the menu as well).
        sheets.append((attributes["name"] ?? "", id, attributes["state"].map { $0 != "visible" } ?? false))
    }
}

/// `<Relationship Id="rId2" Target="worksheets/sheet2.xml"/>` of the workbook's relationships.
private final class RelationshipsDelegate: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"], targets[id] == nil else { return }
        targets[id] = target
    }
}
