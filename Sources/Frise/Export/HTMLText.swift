/// HTML escaping for the exports that write HTML (the HTML timeline, TimelineJS text).
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// quoted attribute values; characters HTML forbids (C0 controls other than tab,
    /// LF and CR) are dropped.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: escaped($0[...]), as: UTF8.self) }
    }

    /// The UTF-8 of `escape` for UTF-8 bytes (whole scalars): runs that need nothing are copied
    /// whole; the controls dropped are single bytes (C0, DEL) or `C2 80` to `C2 9F` (C1).
    static func escaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var run = bytes.startIndex, index = bytes.startIndex
        func replace(_ length: Int, with replacement: StaticString) {
            out.append(contentsOf: bytes[run..<index])
            replacement.withUTF8Buffer { out.append(contentsOf: $0) }
            index += length
            run = index
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): replace(1, with: "&amp;")
            case UInt8(ascii: "<"): replace(1, with: "&lt;")
            case UInt8(ascii: ">"): replace(1, with: "&gt;")
            case UInt8(ascii: "\""): replace(1, with: "&quot;")
            case UInt8(ascii: "'"): replace(1, with: "&#39;")
            case 0x09, 0x0A, 0x0D: index += 1
            case 0..<0x20, 0x7F: replace(1, with: "")
            case 0xC2 where index + 1 < bytes.endIndex && (0x80...0x9F).contains(bytes[index + 1]): replace(2, with: "")
            default: index += 1
            }
        }
        out.append(contentsOf: bytes[run..<index])
        return out
    }

    /// A fragment identifier made of the id's letters, digits, `-` and `_`, others as `_`,
    /// so that ids from file names stay valid in `id` and `href="#…"`.
    static func anchor(_ prefix: String, _ id: String) -> String {
        var bytes = Array(prefix.utf8)
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            case 0x80..<0xC0: continue  // the rest of a scalar already replaced
            default: bytes.append(UInt8(ascii: "_"))  // another ASCII scalar, or the first byte of another
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
