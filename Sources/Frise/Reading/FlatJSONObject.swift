import Foundation

/// A fast reader for the usual JSON Lines article: one object whose values are strings or null.
///
/// `parse` returns nil for anything else (a number, a nested value, a duplicate key, an escape,
/// a character JSON does not allow, bytes that are not UTF-8...), and the caller then reads the
/// line with Foundation's parser, which accepts every valid document and explains the invalid
/// ones. On what it accepts, it gives what Foundation gives, without building Foundation objects
/// byte by byte; what it accepts is valid UTF-8 throughout.
enum FlatJSONObject {
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String: Any]? {
        var reader = JSONReader(bytes: bytes)
        var object: [String: Any] = [:]
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? object : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.flatString() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            let value: Any
            if let text = reader.flatString() {
                value = text
            } else if reader.takeWord("null") {
                value = NSNull()
            } else {
                return nil
            }
            guard object.updateValue(value, forKey: key) == nil else { return nil }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? object : nil
        }
    }
}

extension JSONReader {
    /// A string with the simple escapes; nil (and the caller falls back) for \u escapes,
    /// control characters, bytes that are not UTF-8 or a missing quote.
    mutating func flatString() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var out: [UInt8] = []
        var start = index
        while index < bytes.count {
            // Eight bytes at a time while none ends the string, escapes or is not allowed.
            if index + 8 <= bytes.count, !JSONText.needsEscape(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String?
                if out.isEmpty {
                    text = JSONValue.validString(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                } else {
                    out += bytes[start..<index]
                    text = out.withUnsafeBytes(JSONValue.validString)
                }
                index += 1
                return text
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                out += bytes[start..<index]
                guard index + 1 < bytes.count else { return nil }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                default: return nil
                }
                index += 2
                start = index
                continue
            }
            index += 1
        }
        return nil
    }
}
