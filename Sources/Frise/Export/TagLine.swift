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
        var fields: [(String, String)] = [
            ("doc", JSONText.string(document)),
            ("start", String(expression.mention.range.lowerBound)),
            ("end", String(expression.mention.range.upperBound)),
            ("text", JSONText.string(expression.mention.text)),
            ("type", JSONText.string(value.type.rawValue)),
            ("value", JSONText.string(value.value)),
            ("granularity", JSONText.string(value.granularity.rawValue)),
            ("certainty", JSONText.string(value.certainty.rawValue)),
            ("tense", JSONText.string(expression.tense.rawValue)),
        ]
        if let start = value.start, let end = value.end {
            fields.append(("range_start", JSONText.string(start.description)))
            fields.append(("range_end", JSONText.string(end.description)))
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

/// JSON text pieces written without Foundation's encoder, for stable output.
public enum JSONText {
    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
