/// A JSON value whose objects keep their keys in the order given.
///
/// The exporters build these trees instead of going through Foundation's encoder,
/// so that key order and formatting are stable (golden files, diffs).
enum JSONNode {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONNode])
    case object([(String, JSONNode)])

    /// Appends the UTF-8 of the value, pretty-printed with two-space indentation; `indent` is the
    /// current line's level.
    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .array(let items):
            guard !items.isEmpty else { return JSONText.appendRaw("[]", to: &out) }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.newLine(indent + 1, after: index > 0, to: &out)
                item.write(to: &out, indent: indent + 1)
            }
            Self.newLine(indent, after: false, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return JSONText.appendRaw("{}", to: &out) }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                Self.newLine(indent + 1, after: index > 0, to: &out)
                JSONText.append(key, to: &out)
                JSONText.appendRaw(": ", to: &out)
                value.write(to: &out, indent: indent + 1)
            }
            Self.newLine(indent, after: false, to: &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(to: &out)
        }
    }

    /// A comma first when `after` (the previous item needs one), a line break, then the spaces
    /// of `level`.
    private static func newLine(_ level: Int, after: Bool, to out: inout [UInt8]) {
        if after { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Appends the UTF-8 of the value on one line, without spaces: the JSON Lines form.
    func writeCompact(to out: inout [UInt8]) {
        switch self {
        case .string(let text): JSONText.append(text, to: &out)
        case .number(let number): DecimalDigits.append(number, to: &out)
        case .bool(let flag): JSONText.appendRaw(flag ? "true" : "false", to: &out)
        case .null: JSONText.appendRaw("null", to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.append(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}
