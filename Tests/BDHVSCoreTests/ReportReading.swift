import Foundation
import Testing
import BDHVSTestSupport
import ZIPFoundation
@testable import BDHVSCore

#if canImport(FoundationXML)
import FoundationXML
#endif

// Readers of what the report writers produce (XML, zip, HTML tags), shared by the report tests.

// MARK: - XML and zip helpers

/// What XMLParser found in a document: the error, if any, element names, and text.
final class XMLReading: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""
    /// The text of each `w:t` (Word) or `text` (SVG) element, in order.
    var runs: [String] = []
    private var inRun = false
    private let runElement: String

    init(runElement: String) { self.runElement = runElement }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        if elementName == runElement { inRun = true; runs.append("") }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == runElement { inRun = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        if inRun { runs[runs.count - 1] += string }
    }
}

/// Parses `data` as XML; the reading, or the parser's error.
func parseXML(_ data: Data, runElement: String = "w:t") -> Result<XMLReading, Error> {
    let reading = XMLReading(runElement: runElement)
    let parser = XMLParser(data: data)
    parser.delegate = reading
    if parser.parse() { return .success(reading) }
    return .failure(parser.parserError ?? CocoaError(.coderReadCorrupt))
}

func documentXML(_ report: ReportDocument, language: Language = .vi) throws -> Data {
    let entries = try zipEntries(try DocxWriter(language: language).data(report))
    return try #require(entries["word/document.xml"])
}

/// The names of the HTML elements used in `html`, outside `<style>`.
func htmlTagNames(_ html: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        var name = ""
        var index = rest.index(after: open)
        if index < rest.endIndex, rest[index] == "/" { index = rest.index(after: index) }
        while index < rest.endIndex, rest[index].isLetter || rest[index].isNumber || rest[index] == "!" {
            name.append(rest[index])
            index = rest.index(after: index)
        }
        names.insert(name.lowercased())
        rest = rest[index...]
    }
    return names
}
