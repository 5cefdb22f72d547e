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
    /// The keys `JSONArticleParser` reads, in the order of `ArticleFields.values`.
    static let articleKeys = ["text", "date", "id", "title", "url", "lang"]

    static func parse(_ bytes: UnsafeRawBufferPointer) -> ArticleFields? {
        var reader = JSONReader(bytes: bytes)
        var fields = ArticleFields()
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.depth = 1  // the object itself, for the nesting limit of other keys' values
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? fields : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            if let slot = articleKeys.firstIndex(of: key) {
                let value: FieldValue
                if let text = reader.utf8() {
                    value = .string(text)
                } else if reader.takeWord("null") {
                    value = .null
                } else {
                    return nil
                }
                guard case .absent = fields.values[slot] else { return nil }  // a duplicate key
                fields.values[slot] = value
            } else {
                guard reader.value() != nil else { return nil }
            }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? fields : nil
        }
    }
}

/// What an article's JSON object holds at one key, as `JSONArticleParser` tells them apart.
enum FieldValue: Equatable {
    case absent, null
    /// A string, as its UTF-8 (well-formed): an article's text is read as bytes, not a string.
    case string([UInt8])
    /// A JSON number that is an integer (an id may be one).
    case integer(Int64)
    /// Anything else: a boolean, a fraction, an array, an object.
    case other

    /// The value Foundation's parser gives (nil when the key is absent).
    init(foundation value: Any?) {
        switch value {
        case nil: self = .absent
        case is NSNull: self = .null
        case let string as String: self = .string(Array(string.utf8))
        case let number as NSNumber where String(cString: number.objCType) != "c"  // not a boolean
            && number.doubleValue.rounded() == number.doubleValue:
            self = .integer(number.int64Value)
        default: self = .other
        }
    }
}

/// The article keys of a JSON object, read by `FlatJSONObject`: no dictionary, no values boxed.
struct ArticleFields {
    /// At the index of each key in `FlatJSONObject.articleKeys`.
    var values = [FieldValue].filled(with: .absent, count: FlatJSONObject.articleKeys.count)

    subscript(key: String) -> FieldValue {
        FlatJSONObject.articleKeys.firstIndex(of: key).map { values[$0] } ?? .absent
    }
}
