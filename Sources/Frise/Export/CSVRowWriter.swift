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
    private let delimiterUTF8: [UInt8]
    /// The UTF-8 written so far.
    private var bytes: [UInt8] = []

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    init(delimiter: Character, byteOrderMark: Bool) {
        self.delimiter = delimiter
        self.delimiterUTF8 = Array(String(delimiter).utf8)
        if byteOrderMark { bytes += "\u{FEFF}".utf8 }
    }

    mutating func reserve(rows: Int) { bytes.reserveCapacity(256 * rows) }

    /// How many bytes are written and not taken yet.
    var byteCount: Int { bytes.count }

    /// The text written since the last `take`, which the writer forgets.
    mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return text
    }

    /// Appends one row and its CRLF.
    mutating func append(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes += delimiterUTF8 }
            append(cell)
        }
        bytes += [0x0D, 0x0A]
    }

    /// Appends one field, neutralised and quoted as needed.
    private mutating func append(_ cell: CSVCell) {
        let neutralise = cell.freeText && cell.text.unicodeScalars.first.map(Self.startsFormula) == true
        guard needsQuotes(cell.text) else {
            if neutralise { bytes.append(UInt8(ascii: "'")) }
            bytes += cell.text.utf8
            return
        }
        bytes.append(0x22)
        if neutralise { bytes.append(UInt8(ascii: "'")) }
        // A double quote is one byte in UTF-8, never part of another scalar: doubling it byte by
        // byte doubles the scalar.
        for byte in cell.text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(byte) }
        }
        bytes.append(0x22)
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
        if delimiterUTF8.count == 1 {
            let byte = delimiterUTF8[0]
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
