import Foundation

/// A fast reader for the usual JSON Lines article: one object whose article keys (`text`, `date`,
/// `id`, `title`, `url`, `lang`) hold strings or null, other keys any JSON value.
///
/// `parse` returns nil for anything else (an article key holding a number or another value, a
/// duplicate article key, a character JSON does not allow, bytes that are not UTF-8, a lone
/// surrogate...), and the caller then reads the line with Foundation's parser, which accepts
/// every valid document and explains the invalid ones. On what it accepts, it gives what
/// Foundation gives for the article keys (strings are read as `JSONValue` reads them, `\u`
/// escapes included, as Python's `json.dumps` writes every accented letter); the values of other
/// keys are checked as JSON and left out, since no article reads them.
enum FlatJSONObject {
    /// The keys `JSONArticleParser` reads.
    static let articleKeys: Set<String> = ["text", "date", "id", "title", "url", "lang"]

    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String: Any]? {
        var reader = JSONReader(bytes: bytes)
        var object: [String: Any] = [:]
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.depth = 1  // the object itself, for the nesting limit of other keys' values
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? object : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            if articleKeys.contains(key) {
                let value: Any
                if let text = reader.string() {
                    value = text
                } else if reader.takeWord("null") {
                    value = NSNull()
                } else {
                    return nil
                }
                guard object.updateValue(value, forKey: key) == nil else { return nil }
            } else {
                guard reader.value() != nil else { return nil }
            }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? object : nil
        }
    }
}
