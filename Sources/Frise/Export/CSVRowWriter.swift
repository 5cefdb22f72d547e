/// One CSV field: its text and whether it holds free text that must be neutralised.
///
/// Free text comes from articles (headlines, names, sentences) and may start like
/// a formula; dates, numbers and enumerations are written as they are.
struct CSVCell {
    var text: String
    var freeText: Bool

    init(_ text: String, freeText: Bool) {
        self.text = text
        self.freeText = freeText
    }
}

/// Appends RFC 4180 rows to a text: the writer every CSV-shaped export shares.
///
/// A field holding the delimiter, a double quote, CR or LF is enclosed in double
/// quotes with inner quotes doubled; rows end with CRLF. A free-text field that
/// starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so that
/// spreadsheets show it as text instead of evaluating it (OWASP's CSV-injection
/// advice). LibreOffice and Excel keep that `'` visible in the cell.
struct CSVRowWriter {
    let delimiter: Character
    /// The text written so far.
    private(set) var text: String

    init(delimiter: Character, byteOrderMark: Bool) {
        self.delimiter = delimiter
        self.text = byteOrderMark ? "\u{FEFF}" : ""
    }

    mutating func reserve(rows: Int) { text.reserveCapacity(256 * rows) }

    /// Appends one row and its CRLF.
    mutating func append(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(delimiter) }
            append(cell)
        }
        text += "\r\n"
    }

    /// Appends one field, neutralised and quoted as needed.
    private mutating func append(_ cell: CSVCell) {
        let neutralise = cell.freeText && cell.text.unicodeScalars.first.map(Self.startsFormula) == true
        guard needsQuotes(cell.text) else {
            if neutralise { text += "'" }
            text += cell.text
            return
        }
        text += neutralise ? "\"'" : "\""
        // Quotes are doubled scalar by scalar (a quote may carry a combining mark) in a view of
        // the cell's own; appending to `text.unicodeScalars` would copy the whole text each time.
        var escaped = String.UnicodeScalarView()
        for scalar in cell.text.unicodeScalars {
            escaped.append(scalar)
            if scalar == "\"" { escaped.append(scalar) }
        }
        text += String(escaped)
        text += "\""
    }

    /// Whether a cell starting with this scalar could be read as a formula.
    static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r": true
        default: false
        }
    }

    /// Whether a field holds the delimiter, a double quote, CR or LF.
    private func needsQuotes(_ field: String) -> Bool {
        if let byte = delimiter.asciiValue {
            return field.utf8.contains { $0 == byte || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        }
        let delimiterScalars = Array(String(delimiter).unicodeScalars)
        let scalars = Array(field.unicodeScalars)
        if scalars.contains(where: { $0 == "\"" || $0 == "\r" || $0 == "\n" }) { return true }
        guard scalars.count >= delimiterScalars.count else { return false }
        return (0...(scalars.count - delimiterScalars.count)).contains {
            scalars[$0..<($0 + delimiterScalars.count)].elementsEqual(delimiterScalars)
        }
    }
}
