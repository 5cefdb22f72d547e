import Foundation

/// A fast reader for the usual JSON Lines article: one object whose values are strings or null.
///
/// `parse` returns nil for anything else (a number, a nested value, a duplicate key, a character
/// JSON does not allow, bytes that are not UTF-8, a lone surrogate...), and the caller then reads
/// the line with Foundation's parser, which accepts every valid document and explains the invalid
/// ones. On what it accepts, it gives what Foundation gives (strings are read as `JSONValue`
/// reads them, `\u` escapes included, as Python's `json.dumps` writes every accented letter),
/// without building Foundation objects byte by byte.
enum FlatJSONObject {
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String: Any]? {
        var reader = JSONReader(bytes: bytes)
        var object: [String: Any] = [:]
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? object : nil }
        func string() -> String? {
            guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "\"") else { return nil }
            return reader.string()
        }
        while true {
            reader.skipSpace()
            guard let key = string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            let value: Any
            if let text = string() {
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
