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

    /// Appends the value, pretty-printed with two-space indentation; `indent` is the current line's.
    func write(to out: inout String, indent: String) {
        switch self {
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += inner + JSONText.string(key) + ": "
                value.write(to: &out, indent: inner)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        default:
            writeCompact(to: &out)
        }
    }

    /// Appends the value on one line, without spaces: the JSON Lines form.
    func writeCompact(to out: inout String) {
        switch self {
        case .string(let text): out += JSONText.string(text)
        case .number(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.writeCompact(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                out += JSONText.string(key) + ":"
                value.writeCompact(to: &out)
            }
            out += "}"
        }
    }
}
