/// Writes a chronology as CSV: one row per event, in chronology order.
///
/// The output follows RFC 4180: a header row, fields holding the delimiter, a
/// double quote, CR or LF are enclosed in double quotes with inner quotes
/// doubled, and every row ends with CRLF. It is spreadsheet-safe: a free-text
/// cell starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so
/// that spreadsheets show it instead of evaluating it as a formula (OWASP's
/// CSV-injection advice). Dates, values and enumerations are written as they are.
///
/// The columns, in this stable order (see `columns`):
/// - `id`: the event id, `DOC-eN`.
/// - `start`, `end`: the first and last ISO days (`2023-01-30`) the event's date
///   covers; empty when the event is undated or its value has no calendar span.
/// - `value`: the TIMEX3 value (`2023-02-01`, `2023-W05`, `2023-01-30/2023-01-31`); empty when undated.
/// - `granularity`: `year`, `month`, `week`, `day`… of the value; empty when undated.
/// - `certainty`: `explicit`, `inferred` or `estimated`; empty when undated.
/// - `type`: the event type (`visit`, `praise`, `statement`…).
/// - `cameo`: the CAMEO code of the type (`042`).
/// - `class`: the TimeML event class (`OCCURRENCE`, `REPORTING`…).
/// - `headline`: a short clause saying what happened.
/// - `actors`, `places`: people and organisations, places; several are joined by ` ; `.
/// - `timex`: the temporal expressions that dated the event, joined by ` ; `.
/// - `trigger`: the word reporting the event.
/// - `sentence`: the sentence reporting the event.
/// - `document`: the id of the article reporting the event.
/// - `offset`: where the sentence starts in the article body, in Unicode scalars.
/// - `inherited_from`: the id of the event whose date this one took, if any.
///
/// ```swift
/// let csv = CSVExporter.excel.render(chronology)   // BOM and `;` for French spreadsheets
/// ```
public struct CSVExporter: Sendable {
    public var delimiter: Character
    /// Whether the output starts with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// The preset for spreadsheets in French locales: `;` delimiter and a byte order mark.
    public static let excel = CSVExporter(delimiter: ";", byteOrderMark: true)

    /// The header, in output order; documented on the type.
    public static let columns: [String] = [
        "id", "start", "end", "value", "granularity", "certainty", "type", "cameo", "class", "headline",
        "actors", "places", "timex", "trigger", "sentence", "document", "offset", "inherited_from",
    ]

    /// The separator between several actors, places or temporal expressions in one cell.
    static let listSeparator = " ; "

    /// The whole CSV text: header then one row per event.
    public func render(_ chronology: Chronology) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out.reserveCapacity(256 * (chronology.events.count + 1))
        appendRow(Self.columns.map { Cell($0, freeText: false) }, to: &out)
        for event in chronology.events {
            appendRow(cells(of: event), to: &out)
        }
        return out
    }

    /// A cell's text and whether it holds free text that must be neutralised.
    private struct Cell {
        var text: String
        var freeText: Bool
        init(_ text: String, freeText: Bool) {
            self.text = text
            self.freeText = freeText
        }
    }

    private func cells(of event: Event) -> [Cell] {
        let when = event.when
        func free(_ text: String) -> Cell { Cell(text, freeText: true) }
        func plain(_ text: String?) -> Cell { Cell(text ?? "", freeText: false) }
        return [
            free(event.id),
            plain(when?.start?.description),
            plain(when?.end?.description),
            plain(when?.value),
            plain(when?.granularity.rawValue),
            plain(when?.certainty.rawValue),
            plain(event.type.rawValue),
            plain(event.type.cameoCode),
            plain(event.eventClass.rawValue),
            free(event.headline),
            free(event.actors.joined(separator: Self.listSeparator)),
            free(event.places.joined(separator: Self.listSeparator)),
            free(event.timexes.map(\.text).joined(separator: Self.listSeparator)),
            free(event.trigger.text),
            free(event.sentence.text),
            free(event.document),
            plain(String(event.sentence.start)),
            free(event.inheritedFrom ?? ""),
        ]
    }

    private func appendRow(_ cells: [Cell], to out: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(delimiter) }
            append(cell, to: &out)
        }
        out += "\r\n"
    }

    /// Appends one field, neutralised and quoted as needed.
    private func append(_ cell: Cell, to out: inout String) {
        let neutralise = cell.freeText && cell.text.unicodeScalars.first.map(Self.startsFormula) == true
        guard needsQuotes(cell.text) else {
            if neutralise { out += "'" }
            out += cell.text
            return
        }
        out += neutralise ? "\"'" : "\""
        var first = true
        for piece in cell.text.unicodeScalars.split(separator: "\"", omittingEmptySubsequences: false) {
            if !first { out += "\"\"" }
            out.unicodeScalars.append(contentsOf: piece)
            first = false
        }
        out += "\""
    }

    /// Whether a cell starting with this scalar could be read as a formula.
    private static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r": true
        default: false
        }
    }

    /// Whether a field holds the delimiter, a double quote, CR or LF.
    private func needsQuotes(_ text: String) -> Bool {
        if let byte = delimiter.asciiValue {
            return text.utf8.contains { $0 == byte || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        }
        let delimiterScalars = Array(String(delimiter).unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        if scalars.contains(where: { $0 == "\"" || $0 == "\r" || $0 == "\n" }) { return true }
        guard scalars.count >= delimiterScalars.count else { return false }
        return (0...(scalars.count - delimiterScalars.count)).contains {
            scalars[$0..<($0 + delimiterScalars.count)].elementsEqual(delimiterScalars)
        }
    }
}
