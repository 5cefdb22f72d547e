/// A body cut into tokens and sentences, with offsets in Unicode scalars and bytes.
///
/// The scanner walks `String.utf8` once: ASCII is classified by table, other
/// scalars are decoded and asked for their properties. Whitespace includes the
/// non-breaking spaces French typography puts before « » ; : ! ?.
public struct TokenizedText: Sendable {
    public let body: String
    public let bytes: [UInt8]
    public internal(set) var tokens: [Token] = []
    public internal(set) var sentences: [Sentence] = []

    public init(_ body: String) {
        self.body = body
        self.bytes = Array(body.utf8)
        tokenize()
        splitSentences()
    }

    /// The text between two tokens, inclusive, exactly as written.
    public func text(fromToken first: Int, toToken last: Int) -> String {
        text(bytes: tokens[first].byteStart..<tokens[last].byteEnd)
    }

    public func text(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// True when the token is written with `suffix` as its last UTF-8 bytes (as written, not folded).
    @inline(__always)
    public func token(_ index: Int, endsWith suffix: [UInt8]) -> Bool {
        let end = tokens[index].byteEnd, start = end - suffix.count
        guard start >= tokens[index].byteStart else { return false }
        for offset in suffix.indices where bytes[start + offset] != suffix[offset] { return false }
        return true
    }

    /// The text of a sentence, exactly as written.
    public func text(of sentence: Sentence) -> String {
        guard !sentence.tokens.isEmpty else { return "" }
        return text(fromToken: sentence.tokens.lowerBound, toToken: sentence.tokens.upperBound - 1)
    }

    // MARK: - Scanning

    private mutating func tokenize() {
        // Into a local array, over the bytes' buffer: no copy-on-write or bounds bookkeeping on
        // `self` per byte and per token.
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 8)  // French news: a token per 5 to 6 bytes
        bytes.withUnsafeBufferPointer { Self.tokenize($0, into: &tokens) }
        self.tokens = tokens
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        var index = 0
        var scalarIndex = 0
        var spaceBefore = true, lineBreakBefore = false
        let count = bytes.count
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let asciiClasses = Self.asciiClasses
        while index < count {
            let lead = bytes[index]
            if lead == 32 {  // most bytes between words: a plain space
                spaceBefore = true
                index += 1
                scalarIndex += 1
                continue
            }
            let (scalar, length) = Folding.decode(bytes, at: index)
            let cls = lead < 0x80 ? asciiClasses[Int(lead)] : classify(scalar)
            switch cls {
            case .space:
                spaceBefore = true
                if lead == 10 { lineBreakBefore = true }
                index += length
                scalarIndex += 1
                continue
            case .letter, .digit:
                let startByte = index, startScalar = scalarIndex
                if let (end, folded, hash, value) = asciiWord(at: index, digits: cls == .digit, in: bytes) {
                    // The common case: ASCII only, folded by lower-casing, with no scratch copy.
                    tokens.append(Token(
                        kind: cls == .letter ? .word : .number, start: startScalar,
                        end: startScalar + end - index, byteStart: startByte, byteEnd: end, folded: folded,
                        foldedHash: hash, isCapitalized: lead >= 65 && lead <= 90, spaceBefore: spaceBefore,
                        lineBreakBefore: lineBreakBefore, numberValue: value, sentence: 0))
                    scalarIndex += end - index
                    index = end
                    (spaceBefore, lineBreakBefore) = (false, false)
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                var capitalized = false
                if cls == .letter {
                    capitalized = lead >= 65 && lead <= 90 || lead >= 0x80 && scalar.properties.isUppercase
                }
                while index < count {
                    let byte = bytes[index]
                    if byte < 0x80 {  // ASCII: classified and folded by arithmetic
                        let isDigit = byte >= 48 && byte <= 57
                        let isLetter = byte | 0x20 >= 97 && byte | 0x20 <= 122
                        guard cls == .digit ? isDigit : isLetter else { break }
                        scratch.append(isLetter ? byte | 0x20 : byte)
                        index += 1
                        scalarIndex += 1
                        continue
                    }
                    let (s, l) = Folding.decode(bytes, at: index)
                    guard classify(s) == cls else { break }
                    Folding.appendUTF8(s, to: &scratch)
                    index += l
                    scalarIndex += 1
                }
                let folded = scratch.count == 1 && scratch[0] < 0x80
                    ? Self.oneByteWords[Int(scratch[0])] : String(decoding: scratch, as: UTF8.self)
                tokens.append(Token(
                    kind: cls == .letter ? .word : .number, start: startScalar, end: scalarIndex,
                    byteStart: startByte, byteEnd: index, folded: folded,
                    foldedHash: WordHash.value(of: scratch), isCapitalized: capitalized, spaceBefore: spaceBefore,
                    lineBreakBefore: lineBreakBefore, sentence: 0))
            case .other:
                let folded: String, hash: Int
                if lead < 0x80 {  // ASCII punctuation folds to itself
                    folded = Self.oneByteWords[Int(lead)]
                    hash = WordHash.value(of: CollectionOfOne(lead))
                } else {
                    scratch.removeAll(keepingCapacity: true)
                    Folding.appendUTF8(scalar, to: &scratch)
                    folded = String(decoding: scratch, as: UTF8.self)
                    hash = WordHash.value(of: scratch)
                }
                tokens.append(Token(
                    kind: .punctuation, start: scalarIndex, end: scalarIndex + 1, byteStart: index,
                    byteEnd: index + length, folded: folded, foldedHash: hash, isCapitalized: false,
                    spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore, sentence: 0))
                index += length
                scalarIndex += 1
            }
            (spaceBefore, lineBreakBefore) = (false, false)
        }
    }

    /// The end, folded form and its hash of the run of ASCII letters (or digits) at `start`, and
    /// the value of a run of at most nine digits (else -1); nil when the run goes on with a
    /// non-ASCII letter ("Éric", "café"), which the general path folds. (Digits are ASCII only:
    /// a number always ends here.)
    @inline(__always)
    private static func asciiWord(
        at start: Int, digits: Bool, in bytes: UnsafeBufferPointer<UInt8>
    ) -> (Int, String, Int, Int32)? {
        var end = start
        var hasUpper = false
        var hash = WordHash()
        var value = 0
        while end < bytes.count {
            let byte = bytes[end]
            if digits {
                guard byte >= 48 && byte <= 57 else { break }
                hash.add(byte)
                if end - start < 9 { value = value * 10 + Int(byte - 48) }
            } else {
                guard byte | 0x20 >= 97 && byte | 0x20 <= 122 else { break }
                if byte <= 90 { hasUpper = true }
                hash.add(byte | 0x20)
            }
            end += 1
        }
        if end < bytes.count, bytes[end] >= 0x80 {
            let (scalar, _) = Folding.decode(bytes, at: end)
            if classify(scalar) == (digits ? .digit : .letter) { return nil }
        }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let folded: String
        if run.count <= 2 {
            // Two words in five are one or two bytes long: their strings are made once, in tables.
            let first = run[0] | (digits ? 0 : 0x20)
            folded = run.count == 1
                ? oneByteWords[Int(first)] : twoByteWords[twoByteIndex(first, run[1] | (digits ? 0 : 0x20))]
        } else if hasUpper {
            folded = String(unsafeUninitializedCapacity: run.count) { out in
                for (offset, byte) in run.enumerated() { out[offset] = byte <= 90 && byte >= 65 ? byte | 0x20 : byte }
                return run.count
            }
        } else {
            folded = String(decoding: run, as: UTF8.self)
        }
        return (end, folded, hash.value, digits && end - start <= 9 ? Int32(value) : -1)
    }

    /// The string of each ASCII byte, for one-byte tokens (a letter folded: lower case).
    private static let oneByteWords: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    /// The string of each two-byte ASCII word (lower-case letters) and number (digits), at
    /// `twoByteIndex`.
    private static let twoByteWords: [String] = {
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z"), digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        var words = [String](repeating: "", count: 26 * 26 + 10 * 10)
        for first in letters { for second in letters { words[twoByteIndex(first, second)] = String(decoding: [first, second], as: UTF8.self) } }
        for first in digits { for second in digits { words[twoByteIndex(first, second)] = String(decoding: [first, second], as: UTF8.self) } }
        return words
    }()

    /// Where `twoByteWords` holds two lower-case letters, or two digits.
    @inline(__always)
    private static func twoByteIndex(_ first: UInt8, _ second: UInt8) -> Int {
        first >= UInt8(ascii: "a")
            ? Int(first - UInt8(ascii: "a")) * 26 + Int(second - UInt8(ascii: "a"))
            : 26 * 26 + Int(first - UInt8(ascii: "0")) * 10 + Int(second - UInt8(ascii: "0"))
    }

    private enum ScalarClass { case space, letter, digit, other }

    /// `classify` of each ASCII scalar, read from a table by the scanner.
    private static let asciiClasses: [ScalarClass] = (0..<128).map { classify(Unicode.Scalar(UInt8($0))) }

    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 48...57: return .digit
            case 65...90, 97...122: return .letter
            case 9, 10, 11, 12, 13, 32: return .space
            default: return .other
            }
        }
        // Latin-1 letters and œ, the accented letters of French, without a property look-up.
        if v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7 { return .letter }
        if v == 0xA0 || v == 0x202F || v == 0x2009 || v == 0x2007 || v == 0xFEFF || v == 0x200B {
            return .space
        }
        // The typographic apostrophe, quotes, dashes and ellipsis (U+2010–U+2027), « and ».
        if v >= 0x2010 && v <= 0x2027 || v == 0xAB || v == 0xBB { return .other }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic { return .letter }
        return .other
    }

    /// Decodes the scalar at a byte index; invalid bytes decode to U+FFFD, one byte long.
    @inline(__always)
    func decode(at index: Int) -> (Unicode.Scalar, Int) { Folding.decode(bytes, at: index) }
}
