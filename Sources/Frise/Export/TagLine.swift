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
    /// buffer, with no string made for each.
    public func write(to out: inout [UInt8]) {
        let value = expression.value
        JSONText.append(#"{"doc":"#, document, to: &out)
        JSONText.appendRaw(#","start":"#, to: &out)
        DecimalDigits.append(expression.mention.range.lowerBound, to: &out)
        JSONText.appendRaw(#","end":"#, to: &out)
        DecimalDigits.append(expression.mention.range.upperBound, to: &out)
        JSONText.append(#","text":"#, expression.mention.text, to: &out)
        JSONText.append(#","type":"#, value.type.rawValue, to: &out)
        JSONText.append(#","value":"#, value.value, to: &out)
        JSONText.append(#","granularity":"#, value.granularity.rawValue, to: &out)
        JSONText.append(#","certainty":"#, value.certainty.rawValue, to: &out)
        JSONText.append(#","tense":"#, expression.tense.rawValue, to: &out)
        if let start = value.start, let end = value.end {
            JSONText.appendRaw(#","range_start":""#, to: &out)
            start.appendISO(to: &out)
            JSONText.appendRaw(#"","range_end":""#, to: &out)
            end.appendISO(to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "}"))
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

    /// Appends the UTF-8 of the JSON string literal of `text` to `out`: the runs of bytes that
    /// need no escape are copied whole.
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Read in place when the string is stored as UTF-8 (always, but for bridged strings),
        // without the copy `withUTF8` makes of a `var`.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out) }
        if done == nil {
            var text = text
            text.withUTF8 { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 bytes with the escapes a JSON string needs: the runs of bytes that need
    /// none are copied whole.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0  // start of the bytes not yet copied
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none needs an escape (sentences, headlines).
            if index + 8 <= bytes.count,
               !needsEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[run..<index])
                appendEscape(byte, to: &out)
                run = index + 1
            }
            index += 1
        }
        out.append(contentsOf: bytes[run...])
    }

    /// Whether any of eight bytes (a word loaded from a buffer) is a quote, a backslash or a
    /// control character: the byte test of `append`, made on eight bytes at once with the
    /// subtractions `memchr` uses, for scanning long strings.
    @inline(__always)
    static func needsEscape(_ bytes: UInt64) -> Bool {
        ByteWord.hasByte(below: 0x20, in: bytes) || ByteWord.hasByte(UInt8(ascii: "\""), in: bytes)
            || ByteWord.hasByte(UInt8(ascii: "\\"), in: bytes)
    }

    /// Appends the escape of a quote, a backslash or a control character.
    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\n"): appendRaw(#"\n"#, to: &out)
        case UInt8(ascii: "\r"): appendRaw(#"\r"#, to: &out)
        case UInt8(ascii: "\t"): appendRaw(#"\t"#, to: &out)
        case 0..<0x20:
            let low = byte & 0xF
            appendRaw(#"\u00"#, to: &out)
            out.append(UInt8(ascii: "0") + byte >> 4)
            out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        default:
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        }
    }

    /// Appends `key` (JSON text written as it is: `,"name":`) then the string literal of `value`.
    @inline(__always)
    static func append(_ key: StaticString, _ value: String, to out: inout [UInt8]) {
        appendRaw(key, to: &out)
        append(value, to: &out)
    }

    /// Appends JSON text that needs no escaping (keys and punctuation) as it is.
    @inline(__always)
    static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
