/// HTML escaping for the exports that write HTML (the HTML timeline, TimelineJS text).
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// quoted attribute values; characters HTML forbids (C0 controls other than tab,
    /// LF and CR) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fragment identifier made of the id's letters, digits, `-` and `_`, others as `_`,
    /// so that ids from file names stay valid in `id` and `href="#…"`.
    static func anchor(_ prefix: String, _ id: String) -> String {
        prefix + String(String.UnicodeScalarView(id.unicodeScalars.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
                ? $0 : "_"
        }))
    }
}
