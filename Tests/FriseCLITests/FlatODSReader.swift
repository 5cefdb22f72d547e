import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the cells of the first sheet of a flat OpenDocument spreadsheet (`.fods`, what
/// `soffice --convert-to fods` writes), so tests can check what LibreOffice made of a CSV.
final class FlatODSReader: NSObject, XMLParserDelegate {
    struct Cell: Equatable {
        var text: String
        /// `string`, `float`, `date`…; nil for an empty cell.
        var valueType: String?
        /// The formula, when LibreOffice evaluated the field as one.
        var formula: String?
    }

    private(set) var rows: [[Cell]] = []
    private var row: [Cell] = [], cell: Cell?, repeatCells = 1, repeatRows = 1
    private var inParagraph = false, paragraphs = 0, tables = 0

    /// The rows of the first sheet, trailing empty cells and rows dropped.
    static func rows(of url: URL) throws -> [[Cell]] {
        let reader = FlatODSReader()
        let parser = XMLParser(data: try Data(contentsOf: url))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return reader.rows
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "table:table": tables += 1
        case "table:table-row" where tables == 1:
            row = []
            repeatRows = Int(attributes["table:number-rows-repeated"] ?? "1") ?? 1
        case "table:table-cell", "table:covered-table-cell":
            guard tables == 1 else { return }
            cell = Cell(text: "", valueType: attributes["office:value-type"], formula: attributes["table:formula"])
            repeatCells = min(Int(attributes["table:number-columns-repeated"] ?? "1") ?? 1, 64)
            paragraphs = 0
        case "text:p" where cell != nil:
            if paragraphs > 0 { cell?.text += "\n" }
            paragraphs += 1
            inParagraph = true
        case "text:s" where inParagraph:
            cell?.text += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1)
        case "text:tab" where inParagraph: cell?.text += "\t"
        case "text:line-break" where inParagraph: cell?.text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inParagraph { cell?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "text:p": inParagraph = false
        case "table:table-cell", "table:covered-table-cell":
            guard let cell else { return }
            row += Array(repeating: cell, count: repeatCells)
            self.cell = nil
        case "table:table-row" where tables == 1:
            while let last = row.last, last.valueType == nil, last.text.isEmpty { row.removeLast() }
            if !row.isEmpty { rows += Array(repeating: row, count: min(repeatRows, 64)) }
        default: break
        }
    }
}
