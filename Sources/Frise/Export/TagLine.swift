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
        let value = expression.value
        var out: [UInt8] = []
        out.reserveCapacity(320)
        out += #"{"doc":"#.utf8
        JSONText.append(document, to: &out)
        out += #","start":"#.utf8
        out += String(expression.mention.range.lowerBound).utf8
        out += #","end":"#.utf8
        out += String(expression.mention.range.upperBound).utf8
        for (key, text) in [
            (#","text":"#, expression.mention.text), (#","type":"#, value.type.rawValue),
            (#","value":"#, value.value), (#","granularity":"#, value.granularity.rawValue),
            (#","certainty":"#, value.certainty.rawValue), (#","tense":"#, expression.tense.rawValue),
        ] {
            out += key.utf8
            JSONText.append(text, to: &out)
        }
        if let start = value.start, let end = value.end {
            out += #","range_start":"#.utf8
            JSONText.append(start.description, to: &out)
            out += #","range_end":"#.utf8
            JSONText.append(end.description, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
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

    /// Appends the UTF-8 of the JSON string literal of `text` to `out`.
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            case UInt8(ascii: "\r"): out += #"\r"#.utf8
            case UInt8(ascii: "\t"): out += #"\t"#.utf8
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += #"\u00"#.utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
