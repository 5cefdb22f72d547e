/// Appends RFC 4180 rows, as UTF-8 bytes: the writer every CSV-shaped export shares.
///
/// A field holding the delimiter, a double quote, CR or LF is enclosed in double
/// quotes with inner quotes doubled; rows end with CRLF. A free-text field that
/// starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so that
/// spreadsheets show it as text instead of evaluating it (OWASP's CSV-injection
/// advice). LibreOffice and Excel keep that `'` visible in the cell.
///
/// Fields are appended one by one and each row is closed by `endRow`. A field's bytes are
/// copied as they are, then checked once: the rare field that needs quotes or a `'` is
/// rewritten in place. Free text comes from articles (headlines, names, sentences) and may
/// start like a formula; dates, numbers and enumerations are written as they are.
struct CSVRowWriter {
    private let delimiter: [UInt8]
    /// The UTF-8 written and not taken yet.
    private var bytes: [UInt8] = []
    /// Whether the row being written has a field already (the next one follows a delimiter).
    private var rowStarted = false

    init(delimiter: Character, byteOrderMark: Bool) {
        self.delimiter = Array(String(delimiter).utf8)
        if byteOrderMark { bytes += "\u{FEFF}".utf8 }
    }

    /// The text written since the last `take`.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// How many bytes are written and not taken yet.
    var byteCount: Int { bytes.count }

    mutating func reserve(rows: Int) { bytes.reserveCapacity(256 * rows) }

    /// The text written since the last `take`, which the writer forgets.
    mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return text
    }

    /// The UTF-8 written, which the writer forgets.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Appends a field: free text neutralised, any field quoted as needed. The string's bytes
    /// are read in place and written once.
    mutating func append(_ field: String, freeText: Bool) {
        _ = beginField()
        let done: Void? = field.utf8.withContiguousStorageIfAvailable { appendField($0, freeText: freeText) }
        if done == nil {
            var field = field
            field.withUTF8 { appendField($0, freeText: freeText) }
        }
    }

    /// Appends one free-text field of several texts joined by `separator`.
    mutating func append(_ fields: some Sequence<String>, separator: String) {
        let start = beginField()
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes += separator.utf8 }
            bytes += field.utf8
        }
        endField(from: start, freeText: true)
    }

    /// Appends one free-text field made of `text`, `infix` and `number` in decimal ("doc-e12"),
    /// written in pieces: no string made for it.
    mutating func append(_ text: String, _ infix: StaticString, _ number: Int) {
        let start = beginField()
        bytes += text.utf8
        infix.withUTF8Buffer { bytes += $0 }
        DecimalDigits.append(number, to: &bytes)
        endField(from: start, freeText: true)
    }

    /// Appends a number in decimal digits.
    mutating func append(_ number: Int) {
        _ = beginField()
        DecimalDigits.append(number, to: &bytes)
    }

    /// Appends a day as `YYYY-MM-DD` (its `description`), or an empty field for nil.
    mutating func append(_ day: CalendarDay?) {
        _ = beginField()
        day?.appendISO(to: &bytes)
    }

    /// Ends the row with CRLF.
    mutating func endRow() {
        bytes += [0x0D, 0x0A]
        rowStarted = false
    }

    /// Writes the delimiter unless the field is the row's first; returns where the field starts.
    private mutating func beginField() -> Int {
        if rowStarted {
            if delimiter.count == 1 { bytes.append(delimiter[0]) } else { bytes += delimiter }
        }
        rowStarted = true
        return bytes.count
    }

    /// Neutralises and quotes the field written from `start` on, as it needs: the rare field
    /// that does is taken out and written again.
    private mutating func endField(from start: Int, freeText: Bool) {
        let neutralise = freeText && start < bytes.count && Self.startsFormula(bytes[start])
        guard neutralise || bytes.withUnsafeBufferPointer({ needsQuotes(UnsafeBufferPointer(rebasing: $0[start...])) })
        else { return }
        let field = Array(bytes[start...])
        bytes.removeSubrange(start...)
        field.withUnsafeBufferPointer { appendField($0, freeText: freeText) }
    }

    /// Appends a field's bytes: a free text that starts like a formula after a `'`, a field
    /// that needs quotes between double quotes, its own doubled.
    private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>, freeText: Bool) {
        let neutralise = freeText && !field.isEmpty && Self.startsFormula(field[0])
        guard needsQuotes(field) else {
            if neutralise { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(0x22)
        if neutralise { bytes.append(UInt8(ascii: "'")) }
        // A double quote is one byte in UTF-8, never part of another scalar: doubling the byte
        // doubles the scalar. The runs between quotes are copied whole.
        var run = 0
        for index in field.indices where field[index] == 0x22 {
            bytes.append(contentsOf: field[run...index])
            bytes.append(0x22)
            run = index + 1
        }
        bytes.append(contentsOf: field[run...])
        bytes.append(0x22)
    }

    /// Whether a cell starting with this byte could be read as a formula (all such scalars are ASCII).
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// Whether a field holds the delimiter, a double quote, CR or LF. UTF-8 is
    /// self-synchronising: the delimiter's bytes appear in a field only where its scalars do.
    private func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        if delimiter.count == 1, delimiter[0] < 64 {  // `,`, `;`, a tab: one bit test a byte
            let delimiter = delimiter[0]
            let mask: UInt64 = 1 << delimiter | 1 << 0x22 | 1 << 0x0D | 1 << 0x0A
            // Eight bytes at a time while none is one of the four.
            return ByteWord.firstIndex(in: field, from: 0, word: {
                ByteWord.hasByte(delimiter, in: $0) || ByteWord.hasByte(0x22, in: $0)
                    || ByteWord.hasByte(0x0D, in: $0) || ByteWord.hasByte(0x0A, in: $0)
            }, byte: { $0 < 64 && mask >> $0 & 1 != 0 }) != nil
        }
        if field.contains(where: { $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) { return true }
        guard field.count >= delimiter.count else { return false }
        return (0...(field.count - delimiter.count)).contains {
            field[$0..<($0 + delimiter.count)].elementsEqual(delimiter)
        }
    }
}
