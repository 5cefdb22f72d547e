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
///
/// The bytes go into a buffer of the writer's own, written through a pointer once room is made
/// for a whole field: `Array.append` tests capacity and uniqueness at each piece (ninety
/// instructions or so), a fifth of a row's cost.
struct CSVRowWriter: ~Copyable {
    private let delimiter: [UInt8]
    /// Whether the delimiter can never be in a name of Frise's vocabulary (`appendName`).
    private let namesNeedNoQuotes: Bool
    /// The UTF-8 written and not taken yet: `count` bytes at `base`, room for `capacity`.
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the row being written has a field already (the next one follows a delimiter).
    private var rowStarted = false

    init(delimiter: Character, byteOrderMark: Bool) {
        self.delimiter = Array(String(delimiter).utf8)
        namesNeedNoQuotes = !String.mayBeInVocabularyName(delimiter)
        capacity = 1024
        base = .allocate(capacity: capacity)
        if byteOrderMark { "\u{FEFF}".utf8.withContiguousStorageIfAvailable { raw($0) } }
    }

    deinit { base.deallocate() }

    /// The text written since the last `take`.
    var text: String { String(decoding: written, as: UTF8.self) }

    /// How many bytes are written and not taken yet.
    var byteCount: Int { count }

    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func reserve(rows: Int) { makeRoom(256 * rows) }

    /// Room for `bytes` more bytes at once.
    mutating func reserve(bytes: Int) { makeRoom(bytes) }

    /// The text written since the last `take`, which the writer forgets.
    mutating func take() -> String {
        defer { count = 0 }
        return text
    }

    /// The UTF-8 written, which the writer forgets.
    mutating func takeBytes() -> [UInt8] {
        defer { count = 0 }
        return Array(written)
    }

    /// Appends a field: free text neutralised, any field quoted as needed. The string's bytes
    /// are read in place and written once.
    mutating func append(_ field: String, freeText: Bool) {
        _ = beginField()
        field.withUTF8Bytes { appendField($0, freeText: freeText) }
    }

    /// Appends a field held in place (a TIMEX3 value), quoted as needed.
    mutating func append(_ field: InlineText, freeText: Bool) {
        _ = beginField()
        field.withUTF8 { appendField($0, freeText: freeText) }
    }

    /// Appends a name of Frise's own vocabulary (`String.isVocabularyName`): written as it is,
    /// with no scan for quotes, unless the delimiter is a character such names hold.
    mutating func appendName(_ name: String) {
        assert(name.isVocabularyName, "\(name) is no name of the vocabulary")
        guard namesNeedNoQuotes else { return append(name, freeText: false) }
        _ = beginField()
        raw(name)
    }

    /// Appends one free-text field of several texts joined by `separator`, read in place (an
    /// array's elements, iterated, were copies: each name retained and released).
    mutating func append(_ fields: [String], separator: String) {
        let start = beginField()
        fields.withUnsafeBufferPointer { fields in
            for index in fields.indices {
                if index > 0 { raw(separator) }
                raw(fields[index])
            }
        }
        endField(from: start, freeText: true)
    }

    /// Appends one free-text field of several texts joined by `separator`.
    mutating func append(_ fields: some Sequence<String>, separator: String) {
        let start = beginField()
        for (index, field) in fields.enumerated() {
            if index > 0 { raw(separator) }
            raw(field)
        }
        endField(from: start, freeText: true)
    }

    /// Appends one free-text field made of `text`, `infix` and `number` in decimal ("doc-e12"),
    /// written in pieces: no string made for it.
    mutating func append(_ text: String, _ infix: StaticString, _ number: Int) {
        let start = beginField()
        raw(text)
        raw(UnsafeBufferPointer(start: infix.utf8Start, count: infix.utf8CodeUnitCount))
        write(atMost: 20) { $0.decimal(number) }
        endField(from: start, freeText: true)
    }

    /// Appends a number in decimal digits.
    mutating func append(_ number: Int) {
        _ = beginField()
        write(atMost: 20) { $0.decimal(number) }
    }

    /// Appends a day as `YYYY-MM-DD` (its `description`), or an empty field for nil.
    mutating func append(_ day: CalendarDay?) {
        _ = beginField()
        if let day { write(atMost: 26) { $0.iso(day) } }
    }

    /// Ends the row with CRLF.
    mutating func endRow() {
        makeRoom(2)
        base[count] = 0x0D
        base[count + 1] = 0x0A
        count += 2
        rowStarted = false
    }

    /// Room for `extra` more bytes (twice the capacity at least, when it grows).
    private mutating func makeRoom(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(count + extra, 2 * capacity)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
    }

    private mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        makeRoom(bytes.count)
        ByteCopy.copy(source, to: base + count, count: bytes.count)
        count += bytes.count
    }

    private mutating func raw(_ text: String) { text.withUTF8Bytes { raw($0) } }

    @inline(__always)
    private mutating func byte(_ byte: UInt8) {
        makeRoom(1)
        base[count] = byte
        count += 1
    }

    /// What `body` writes through a cursor, at most `bound` bytes (and the eight a cursor may
    /// store past its last byte).
    private mutating func write(atMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        makeRoom(bound + 8)
        var cursor = ByteCursor(base + count, end: base + count + bound)
        body(&cursor)
        count = cursor.position - base
    }

    /// Writes the delimiter unless the field is the row's first; returns where the field starts.
    @inline(__always)
    private mutating func beginField() -> Int {
        if rowStarted {
            if delimiter.count == 1 { byte(delimiter[0]) } else { delimiter.withUnsafeBufferPointer { raw($0) } }
        }
        rowStarted = true
        return count
    }

    /// Neutralises and quotes the field written from `start` on, as it needs: the rare field
    /// that does is taken out and written again.
    private mutating func endField(from start: Int, freeText: Bool) {
        let field = UnsafeBufferPointer(start: base + start, count: count - start)
        let neutralise = freeText && !field.isEmpty && Self.startsFormula(field[0])
        guard neutralise || needsQuotes(field) else { return }
        let copy = Array(field)
        count = start
        copy.withUnsafeBufferPointer { appendField($0, freeText: freeText) }
    }

    /// Appends a field's bytes: a free text that starts like a formula after a `'`, a field
    /// that needs quotes between double quotes, its own doubled.
    private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>, freeText: Bool) {
        let neutralise = freeText && !field.isEmpty && Self.startsFormula(field[0])
        guard needsQuotes(field) else {
            if neutralise { byte(UInt8(ascii: "'")) }
            raw(field)
            return
        }
        // At most: two quotes, a `'`, and every byte a quote, doubled.
        makeRoom(3 + 2 * field.count)
        var at = base + count
        func put(_ byte: UInt8) {
            at.initialize(to: byte)
            at += 1
        }
        put(0x22)
        if neutralise { put(UInt8(ascii: "'")) }
        // A double quote is one byte in UTF-8, never part of another scalar: doubling the byte
        // doubles the scalar. The runs between quotes are copied whole (found by `ByteScan`).
        var run = 0
        while run < field.count {
            let quote = ByteScan.firstIndex(in: field, from: run, oneOf: 0x22)
            let end = quote.map { $0 + 1 } ?? field.count
            at.initialize(from: field.baseAddress! + run, count: end - run)
            at += end - run
            if quote != nil { put(0x22) }
            run = end
        }
        put(0x22)
        count = at - base
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
        if delimiter.count == 1 {  // `,`, `;`, a tab: ASCII
            return ByteScan.firstIndex(in: field, oneOf: delimiter[0], 0x22, 0x0D, 0x0A) != nil
        }
        if ByteScan.firstIndex(in: field, oneOf: 0x22, 0x0D, 0x0A) != nil { return true }
        guard field.count >= delimiter.count else { return false }
        return (0...(field.count - delimiter.count)).contains {
            field[$0..<($0 + delimiter.count)].elementsEqual(delimiter)
        }
    }
}
