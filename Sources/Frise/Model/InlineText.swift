import Foundation

/// A short text held in place: up to 23 bytes of UTF-8 in three machine words, with no storage
/// to count references to. A struct of such texts and numbers (`TimeValue`) is copied and
/// destroyed as plain bytes, where a single `String` field made each copy and each destroy of
/// it, and of every optional, array and struct holding it, a call through its value witnesses.
/// TIMEX3 values fit ("2023-01-30/2023-01-31" is 21 bytes); a longer text is kept once for
/// the process in `LongTexts` and its number held in place, so that any text can be held and
/// equal texts compare equal.
struct InlineText: Hashable, Sendable {
    /// The bytes, then, in the last byte, their count (`longMark`: the number in `LongTexts` in
    /// the first word).
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    static let capacity = 23
    private static let longMark: UInt8 = 0xFF

    /// The empty text.
    init() {}

    init(_ text: String) { self = text.withUTF8Bytes(InlineText.init(utf8:)) }

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.capacity else {
            words.0 = UInt64(LongTexts.shared.number(of: bytes))
            withUnsafeMutableBytes(of: &words) { $0[Self.capacity] = Self.longMark }
            return
        }
        withUnsafeMutableBytes(of: &words) { raw in
            if let base = bytes.baseAddress { raw.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
            raw[Self.capacity] = UInt8(truncatingIfNeeded: bytes.count)
        }
    }

    /// The text `body` writes through a cursor, at most `bound` bytes (see `ByteCursor`).
    init(writingAtMost bound: Int, _ body: (inout ByteCursor) -> Void) {
        self = ByteCursor.writing(atMost: bound, body, then: InlineText.init(utf8:))
    }

    private var mark: UInt8 { withUnsafeBytes(of: words) { $0[Self.capacity] } }

    /// Calls `body` with the text's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let mark = mark
        if mark == Self.longMark { return LongTexts.shared.text(Int(words.0)).withUTF8Bytes(body) }
        return withUnsafeBytes(of: words) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(mark)))
        }
    }

    var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    var utf8Count: Int {
        let mark = mark
        return mark == Self.longMark ? LongTexts.shared.text(Int(words.0)).utf8.count : Int(mark)
    }

    var isEmpty: Bool { mark == 0 }

    static func == (a: InlineText, b: InlineText) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}

/// Texts kept once for the process, by number: those too long for an `InlineText` (none of the
/// values Frise writes) and the pairs of TIMEX3 `mod` and `freq` (`TimeValue`), few and rare,
/// so one lock serves them.
final class LongTexts: @unchecked Sendable {
    static let shared = LongTexts()

    private let lock = NSLock()
    private var texts: [String] = []
    private var numbers: [String: Int] = [:]

    func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return lock.withLock {
            if let number = numbers[text] { return number }
            texts.append(text)
            numbers[text] = texts.count - 1
            return texts.count - 1
        }
    }

    func text(_ number: Int) -> String { lock.withLock { texts[number] } }
}
