import Foundation

/// A byte scan that finds JSON nested too deeply, before any parser recurses into it.
///
/// `[[[[…]]]]` a hundred thousand levels deep is 200 KB that can overflow a
/// recursive parser's stack; Foundation's parser stops at 512 levels today, but
/// that is its choice, not a promise. An article object needs two or three
/// levels, so Frise refuses anything deeper than `limit` first. The scan counts
/// `[` and `{` outside strings (escapes inside strings are skipped) and stops at
/// the first byte past the limit; it never allocates.
enum JSONNesting {
    /// The deepest nesting accepted: far more than an article needs, far less than a stack can bear.
    static let limit = 100

    /// The offset of the first `[` or `{` that opens level `limit + 1`, or nil.
    static func offsetPastLimit(in data: some DataProtocol & ContiguousBytes, limit: Int = limit) -> Int? {
        data.withUnsafeBytes { raw in
            var depth = 0
            var inString = false
            var escaped = false
            for (offset, byte) in raw.enumerated() {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return offset }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                default:
                    break
                }
            }
            return nil
        }
    }
}
