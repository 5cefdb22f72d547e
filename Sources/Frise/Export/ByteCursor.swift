/// Writes bytes through a pointer into a buffer made for a bounded text (`[UInt8].write(atMost:_:)`
/// makes it, on the stack for a line, then appends it whole): one append for a whole line, where
/// `Array.append` checks capacity and uniqueness at every piece (some ninety instructions a piece).
struct ByteCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>
    /// The end of the room made: writing past it is a bug of the bound its writer computed,
    /// stopped by an assertion in debug builds (tests), before it overwrites anything.
    private let end: UnsafeMutablePointer<UInt8>

    /// A cursor at `position`, where its caller has made room up to `end` for what it will write
    /// (and eight bytes more: see `word`).
    init(_ position: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>) {
        self.position = position
        self.end = end
    }

    /// At most how many bytes `jsonString` writes for a string of `utf8Count` bytes: quotes,
    /// and six bytes for a byte written `\u00XX`.
    static func jsonStringBound(_ utf8Count: Int) -> Int { 2 + 6 * utf8Count }

    @inline(__always)
    mutating func byte(_ byte: UInt8) {
        assert(position < end, "a byte written past the room made")
        position.initialize(to: byte)
        position += 1
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        raw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        assert(bytes.count <= end - position, "\(bytes.count) bytes written where \(end - position) were left")
        ByteCopy.copy(base, to: position, count: bytes.count)
        position += bytes.count
    }

    /// The first `count` bytes of `word`, its lowest byte first (see `DecimalDigits.packed`).
    @inline(__always)
    mutating func word(_ word: UInt64, count: Int) {
        assert(count <= end - position, "a number written past the room made")
        UnsafeMutableRawPointer(position).storeBytes(of: word.littleEndian, as: UInt64.self)
        position += count
    }

    /// `value` in decimal (at most 20 bytes).
    mutating func decimal(_ value: Int) { padded(value, width: 1) }

    /// `value` in decimal with leading zeros up to `width` digits, as `DecimalDigits.append`
    /// (at most 20 bytes or `width` and a sign).
    mutating func padded(_ value: Int, width: Int) {
        if value >= 0, let (digits, count) = DecimalDigits.packed(UInt(value), width: width) {
            // Eight bytes stored, `count` kept: the writers make room for the whole word.
            word(digits, count: count)
            return
        }
        var digits: [UInt8] = []
        DecimalDigits.append(value, width: width, to: &digits)
        digits.withUnsafeBufferPointer { raw($0) }
    }

    /// The UTF-8 of `text`.
    mutating func text(_ text: String) { text.withUTF8Bytes { raw($0) } }

    /// The UTF-8 of `text`.
    mutating func text(_ text: InlineText) { text.withUTF8 { raw($0) } }

    /// The ISO form of a day, "YYYY-MM-DD" as `CalendarDay.description` (at most 26 bytes).
    mutating func iso(_ day: CalendarDay) {
        if let (head, tail) = day.isoWords {
            word(head, count: 8)
            word(tail, count: 2)
            return
        }
        var text: [UInt8] = []
        day.appendISO(to: &text)
        text.withUnsafeBufferPointer { raw($0) }
    }

    /// The JSON string literal of `text`, with the escapes RFC 8259 requires (see `JSONText`);
    /// at most `jsonStringBound(text.utf8.count)` bytes.
    mutating func jsonString(_ text: String) { text.withUTF8Bytes { jsonString(utf8: $0) } }

    /// The JSON string literal of the text whose UTF-8 is `bytes`.
    private mutating func jsonString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        escaped(bytes)
        byte(UInt8(ascii: "\""))
    }

    /// `key` (JSON text written as it is: `,"name":`) then the JSON string literal of `value`.
    @inline(__always)
    mutating func jsonField(_ key: StaticString, _ value: String) {
        raw(key)
        jsonString(value)
    }

    /// `key` then the JSON string literal of `text`, `infix` and `number` in decimal ("doc-e12"),
    /// written in pieces: no string made.
    mutating func jsonField(_ key: StaticString, _ text: String, _ infix: StaticString, _ number: Int) {
        raw(key)
        byte(UInt8(ascii: "\""))
        text.withUTF8Bytes { escaped($0) }
        raw(infix)
        decimal(number)
        byte(UInt8(ascii: "\""))
    }

    /// `key` then the JSON string literal of `value`.
    mutating func jsonField(_ key: StaticString, _ value: InlineText) {
        raw(key)
        value.withUTF8 { jsonString(utf8: $0) }
    }

    /// `key` then `name` in quotes, for a name of Frise's own vocabulary
    /// (`String.isVocabularyName`), which never needs an escape: none is looked for.
    @inline(__always)
    mutating func jsonName(_ key: StaticString, _ name: String) {
        assert(name.isVocabularyName, "\(name) is no name of the vocabulary")
        raw(key)
        byte(UInt8(ascii: "\""))
        text(name)
        byte(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var run = 0  // start of the bytes not yet written
        while let special = Self.firstEscape(in: bytes, from: run) {
            raw(UnsafeBufferPointer(rebasing: bytes[run..<special]))
            escape(bytes[special])
            run = special + 1
        }
        raw(UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// The index of the first byte from `start` on that a JSON string must escape (a quote, a
    /// backslash, a control character), or nil.
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        ByteScan.firstIndex(in: bytes, from: start, below: 0x20, oneOf: UInt8(ascii: "\""), UInt8(ascii: "\\"))
    }

    /// The escape of a quote, a backslash or a control character.
    private mutating func escape(_ special: UInt8) {
        switch special {
        case UInt8(ascii: "\n"): raw(#"\n"#)
        case UInt8(ascii: "\r"): raw(#"\r"#)
        case UInt8(ascii: "\t"): raw(#"\t"#)
        case 0..<0x20:
            let low = special & 0xF
            raw(#"\u00"#)
            byte(UInt8(ascii: "0") + special >> 4)
            byte(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        default:
            byte(UInt8(ascii: "\\"))
            byte(special)
        }
    }
}

extension String {
    /// The text `body` writes, at most `bound` bytes of UTF-8, through a cursor on the stack: for
    /// short values built from pieces (TIMEX3 values), where interpolation costs a thousand
    /// instructions and more.
    init(writingAtMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        self = ByteCursor.writing(atMost: bound, body, then: { String(wellFormed: $0.span) })
    }
}

extension [UInt8] {
    /// Lets `body` write at most `bound` bytes through a cursor, and appends them: one append
    /// for all the pieces `body` writes.
    mutating func write(atMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        ByteCursor.writing(atMost: bound, body, then: { append(contentsOf: $0) })
    }
}

extension ByteCursor {
    /// Lets `body` write at most `bound` bytes through a cursor into room on the stack, and hands
    /// what it wrote to `use`.
    static func writing<Result>(
        atMost bound: Int, _ body: (inout ByteCursor) -> Void, then use: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        // Eight bytes more: `word` stores a whole word where it keeps fewer bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound + 8) { room in
            var cursor = ByteCursor(room.baseAddress!, end: room.baseAddress! + bound)
            body(&cursor)
            let written = cursor.position - room.baseAddress!
            precondition(written <= bound, "wrote \(written) bytes where \(bound) were made room for")
            return use(UnsafeBufferPointer(rebasing: room[..<written]))
        }
    }
}
