/// One line of `frise tag --format jsonl`: a temporal expression as a JSON object.
///
/// Keys, in this order: `doc`, `start`, `end` (Unicode-scalar offsets into the
/// body, end exclusive), `text`, `type`, `value`, `granularity`, `certainty`,
/// `tense`, and `range_start`/`range_end` (ISO days the value covers, when it has a span).
public struct TagLine: Sendable {
    public let document: String
    public let expression: TemporalExpression

    public init(document: String, expression: TemporalExpression) {
        self.document = document
        self.expression = expression
    }

    public var json: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of the line, without its line break, to `out`: many lines go into one
    /// buffer, with no string made for each, written through a cursor (see `ByteCursor`).
    public func write(to out: inout [UInt8]) { Self.write(document: document, expression: expression, to: &out) }

    /// Appends the lines of an article's expressions to `out`, each ended by a line break.
    /// (Each expression read where it lies: a loop over them outside this module copied each
    /// one, its strings retained and released.)
    public static func write(document: String, expressions: [TemporalExpression], to out: inout [UInt8]) {
        expressions.withUnsafeBufferPointer { expressions in
            for index in expressions.indices {
                write(document: document, expression: expressions.baseAddress! + index, to: &out)
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// Appends the line of `expression` in `document` to `out`, with no `TagLine` made (making
    /// one copies the expression, retaining and releasing its strings).
    public static func write(document: borrowing String, expression: borrowing TemporalExpression, to out: inout [UInt8]) {
        withUnsafePointer(to: expression) { write(document: document, expression: $0, to: &out) }
    }

    /// The line of the expression `expression` points to, read in place.
    private static func write(document: borrowing String, expression: UnsafePointer<TemporalExpression>, to out: inout [UInt8]) {
        let type = expression.pointee.value.type.rawValue, granularity = expression.pointee.value.granularity.rawValue
        let certainty = expression.pointee.value.certainty.rawValue, tense = expression.pointee.tense.rawValue
        // The keys and punctuation (118 bytes), two offsets and two ISO days, then the strings
        // (summed in place: an array of them would be allocated for every line).
        let strings = document.utf8.count + expression.pointee.mention.text.utf8.count + type.utf8.count
            + expression.pointee.value.valueText.utf8Count + granularity.utf8.count + certainty.utf8.count + tense.utf8.count
        let bound = 256 + 7 * ByteCursor.jsonStringBound(0) + ByteCursor.jsonStringBound(strings)
        out.write(atMost: bound) { line in
            line.jsonField(#"{"doc":"#, document)
            line.raw(#","start":"#)
            line.decimal(expression.pointee.mention.range.lowerBound)
            line.raw(#","end":"#)
            line.decimal(expression.pointee.mention.range.upperBound)
            line.jsonField(#","text":"#, expression.pointee.mention.text)
            line.jsonName(#","type":"#, type)
            line.jsonField(#","value":"#, expression.pointee.value.valueText)
            line.jsonName(#","granularity":"#, granularity)
            line.jsonName(#","certainty":"#, certainty)
            line.jsonName(#","tense":"#, tense)
            if let start = expression.pointee.value.start, let end = expression.pointee.value.end {
                line.raw(#","range_start":""#)
                line.iso(start)
                line.raw(#"","range_end":""#)
                line.iso(end)
                line.byte(UInt8(ascii: "\""))
            }
            line.byte(UInt8(ascii: "}"))
        }
    }
}

/// JSON text pieces written without Foundation's encoder, for stable output.
public enum JSONText {
    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of the JSON string literal of `text` to `out` (see `ByteCursor.jsonString`).
    public static func append(_ text: String, to out: inout [UInt8]) {
        // Most strings need no escape: copied as they are, with no room made for escapes.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard ByteCursor.firstEscape(in: bytes, from: 0) == nil else { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if plain == true { return }
        out.write(atMost: ByteCursor.jsonStringBound(text.utf8.count)) { $0.jsonString(text) }
    }

    /// The high bit of the first of eight bytes (a word loaded little-endian) that a JSON string
    /// reader must stop at: a quote, a backslash, a control character or a byte outside ASCII;
    /// maybe of later ones too; 0 when there is none. Each test is exact up to its first hit
    /// (a subtraction's borrow, as in `memchr`, reaches only the bytes after it), so the lowest
    /// bit set is.
    @inline(__always)
    static func stops(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ ones &* 0x22, backslash = word ^ ones &* 0x5C
        let control = (word &- ones &* 0x20) & ~word
        return (control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | word) & 0x8080_8080_8080_8080
    }

    /// Appends JSON text that needs no escaping (keys and punctuation) as it is.
    @inline(__always)
    static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
