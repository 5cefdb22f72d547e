/// A body cut into tokens and sentences, with offsets in Unicode scalars and bytes.
///
/// The scanner walks `String.utf8` once: ASCII is classified by table, other
/// scalars are decoded and asked for their properties. Whitespace includes the
/// non-breaking spaces French typography puts before « » ; : ! ?.
public struct TokenizedText: Sendable {
    /// The body's UTF-8 (well-formed).
    public let bytes: [UInt8]
    public internal(set) var tokens: [Token] = []
    public internal(set) var sentences: [Sentence] = []

    /// The folded forms of the tokens, one after another (see `Token.foldedRange`).
    public internal(set) var foldedBytes: [UInt8] = []

    public init(_ body: String) { self.init(wellFormed: Array(body.utf8)) }

    /// The tokens of a body given as its UTF-8; bytes that are not well-formed are read as
    /// `String(decoding:)` reads them, each bad sequence a U+FFFD (offsets are then offsets
    /// into `bytes`, the mended UTF-8).
    public init(utf8 bytes: [UInt8]) {
        let wellFormed = (try? UTF8Span(validating: bytes.span)) != nil
        self.init(wellFormed: wellFormed ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8))
    }

    /// The largest body tokenized, in UTF-8 bytes: a token's folded form is found by 32-bit
    /// offsets (its text folds to at most one and a half times its bytes), and so are the spans
    /// events keep. (`frise` reads no larger article: `--max-article-bytes` stays below.)
    public static let maxBodyBytes = 1 << 30

    /// The tokens of a body whose UTF-8 is well-formed (`Article.bodyUTF8`): strings are made
    /// from its bytes unchecked.
    init(wellFormed bytes: [UInt8]) {
        precondition(bytes.count <= Self.maxBodyBytes, "a body of more than 1 GiB (TokenizedText.maxBodyBytes)")
        self.bytes = bytes
        splitSentences(at: tokenize())
    }

    /// The body, made from its bytes at each call.
    public var body: String { String(wellFormed: bytes.span) }

    /// The folded form of a token, as a string.
    public func folded(_ index: Int) -> String { Self.folded(tokens[index], in: foldedBytes) }

    /// The folded form of `token`, whose text's folded forms are `foldedBytes`.
    static func folded(_ token: Token, in foldedBytes: [UInt8]) -> String {
        String(wellFormed: foldedBytes.span.extracting(token.foldedRange))
    }

    /// The folded form of a token, read in place.
    @inline(__always)
    public func withFolded<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = tokens[index].foldedRange
        return foldedBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// True when the folded form of a token is `word`, compared byte for byte in place.
    @inline(__always)
    public func isFolded(_ index: Int, _ word: String) -> Bool {
        Self.folded(tokens[index], in: foldedBytes, is: word)
    }

    @inline(__always)
    static func folded(_ token: Token, in foldedBytes: [UInt8], isOneOf words: [String]) -> Bool {
        words.contains { folded(token, in: foldedBytes, is: $0) }
    }

    @inline(__always)
    static func folded(_ token: Token, in foldedBytes: [UInt8], is word: String) -> Bool {
        guard word.utf8.count == Int(token.foldedCount) else { return false }
        // Read in place (a `var` copy for `withUTF8` would retain the word and release it).
        return word.utf8.withContiguousStorageIfAvailable { word in
            foldedBytes.withUnsafeBufferPointer { folded in
                var at = Int(token.foldedStart)
                for byte in word {
                    guard folded[at] == byte else { return false }
                    at += 1
                }
                return true
            }
        } ?? foldedBytes[token.foldedRange].elementsEqual(word.utf8)
    }

    /// The text between two tokens, inclusive, exactly as written.
    public func text(fromToken first: Int, toToken last: Int) -> String {
        text(bytes: tokens[first].byteStart..<tokens[last].byteEnd)
    }

    /// The text of a range of the body's bytes; a range that cuts a scalar is read as
    /// `String(decoding:)` reads it.
    public func text(bytes range: Range<Int>) -> String {
        func startsScalar(_ index: Int) -> Bool { index == bytes.count || bytes[index] & 0xC0 != 0x80 }
        guard startsScalar(range.lowerBound), startsScalar(range.upperBound) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        return String(wellFormed: bytes.span.extracting(range))
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

    /// Tokenizes the bytes; returns where a sentence may end (the `stops` of the scanner below).
    private mutating func tokenize() -> [Int] {
        // Through pointers over the bytes' buffer: no copy-on-write or bounds bookkeeping on
        // `self` per byte and per token. Tokens are written into the room of their array (an
        // append costs a capacity and a uniqueness test each), room for one per four bytes
        // (French news has one per five to six); a text of shorter ones gets more room as it
        // goes. The folded forms are written into room for the longest they can be, cut to
        // their length after. (Both arrays allocated as `Array.filled` explains.)
        var scan = Scan()
        var stops: [Int] = []
        stops.reserveCapacity(bytes.count / 64 + 4)  // (news has a stop every 100 bytes or so)
        var tokens: [Token] = []
        var folded = [UInt8].filled(with: 0, count: Folding.foldedCapacity(ofUTF8: bytes.count))
        folded.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { bytes in
                var room = bytes.count / 4 + 8
                repeat {
                    tokens.reserveCapacity(tokens.count + room)
                    withUnsafeMutablePointer(to: &scan) { scan in
                        withUnsafeMutablePointer(to: &stops) { stops in
                            tokens.append(contentsOf: TokenRun(
                                bytes: bytes, folded: out.baseAddress!, tokensBefore: tokens.count, scan: scan, stops: stops))
                        }
                    }
                    room = max(room / 2, 64)
                } while scan.index < bytes.count
            }
        }
        folded.removeLast(folded.count - scan.written)
        self.tokens = tokens
        self.foldedBytes = folded
        return stops
    }

    /// The tokens from where `scan` stands, which the scanner writes into the room of the array
    /// they are appended to, as many as it holds (none is read through the iterator).
    private struct TokenRun: Sequence {
        let bytes: UnsafeBufferPointer<UInt8>
        let folded: UnsafeMutablePointer<UInt8>
        let tokensBefore: Int
        let scan: UnsafeMutablePointer<Scan>
        let stops: UnsafeMutablePointer<[Int]>

        func makeIterator() -> EmptyCollection<Token>.Iterator { EmptyCollection.Iterator() }

        func _copyContents(
            initializing room: UnsafeMutableBufferPointer<Token>
        ) -> (EmptyCollection<Token>.Iterator, Int) {
            let made = TokenizedText.tokenize(
                bytes, into: room, after: tokensBefore, folded: folded, scan: &scan.pointee, stops: &stops.pointee)
            return (EmptyCollection.Iterator(), made)
        }
    }

    /// Where the tokenizer stands in a text: bytes and scalars read, folded bytes written, and
    /// what separates the next token from the previous one.
    private struct Scan {
        var index = 0, scalarIndex = 0, written = 0
        var spaceBefore = true, lineBreakBefore = false
    }

    /// Tokenizes `bytes` from `scan` on into `room`, until the text or the room ends, writing
    /// the folded forms at `folded` (room for `Folding.foldedCapacity(ofUTF8: bytes.count)`
    /// bytes in all); returns how many tokens it wrote and leaves `scan` after the last.
    /// `tokensBefore` tokens were made before; `stops` gets, in order, where `splitSentences`
    /// may end a sentence: the marks . ! ? … and the tokens before a line break (some twice,
    /// -1 for a text that opens with one).
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<Token>,
        after tokensBefore: Int, folded: UnsafeMutablePointer<UInt8>, scan: inout Scan, stops: inout [Int]
    ) -> Int {
        var (index, scalarIndex, written) = (scan.index, scan.scalarIndex, scan.written)
        var (spaceBefore, lineBreakBefore) = (scan.spaceBefore, scan.lineBreakBefore)
        defer { scan = Scan(index: index, scalarIndex: scalarIndex, written: written, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore) }
        guard let tokens = room.baseAddress else { return 0 }
        var made = 0
        func append(_ token: Token) {
            (tokens + made).initialize(to: token)
            made &+= 1
        }
        // Offsets are wrapping sums below: none can pass the text's length, which an array holds.
        // (Checked, the sums took a tenth of the scanner's instructions, their overflow flags
        // carried from token to token.)
        func lastMade() -> Int { tokensBefore &+ made &- 1 }
        let count = bytes.count
        let asciiClasses = Self.asciiClasses, oneByteHashes = Self.oneByteHashes  // (not through their guards per token)
        while index < count, made < room.count {
            let lead = bytes[index]
            if lead == 32 {  // most bytes between words: a plain space
                spaceBefore = true
                index &+= 1
                scalarIndex &+= 1
                continue
            }
            let (scalar, length) = Folding.decode(bytes, at: index)
            let cls = lead < 0x80 ? asciiClasses[Int(lead)] : classify(scalar)
            let foldedStart = written
            switch cls {
            case .space:
                spaceBefore = true
                if lead == 10 {
                    lineBreakBefore = true
                    stops.append(lastMade())  // the token before it, if any
                }
                index &+= length
                scalarIndex &+= 1
                continue
            case .letter, .digit:
                let startByte = index, startScalar = scalarIndex
                let digits = cls == .digit
                var hash = WordHash()
                var value = 0
                // Runs of ASCII letters (or digits), read and folded by `asciiRun`, between the
                // word's other letters ("Éric", "événement"), folded one at a time.
                while true {
                    let end = asciiRun(at: index, digits: digits, in: bytes, folded: folded + written, hash: &hash, value: &value)
                    let run = end &- index  // (bytes, scalars and folded bytes alike: ASCII)
                    written &+= run
                    scalarIndex &+= run
                    index = end
                    // (Digits are ASCII only: a number always ends here.)
                    guard !digits, index < count, bytes[index] >= 0x80 else { break }
                    // The accented letters of French, U+00C0–U+00FF (lead byte C3), folded from
                    // their second byte: letters all, and what `Folding.write` writes.
                    if bytes[index] == 0xC3, index &+ 1 < count,
                       let (first, second) = Folding.latin1Fold(continuation: bytes[index &+ 1]) {
                        folded[written] = first
                        hash.add(first)
                        written &+= 1
                        if second != 0 {
                            folded[written] = second
                            hash.add(second)
                            written &+= 1
                        }
                        index &+= 2
                        scalarIndex &+= 1
                        continue
                    }
                    let (s, l) = Folding.decode(bytes, at: index)
                    guard classify(s) == .letter else { break }
                    let foldedLength = Folding.write(s, to: folded + written)
                    for offset in 0..<foldedLength { hash.add(folded[written &+ offset]) }
                    written &+= foldedLength
                    index &+= l
                    scalarIndex &+= 1
                }
                append(Token(
                    kind: digits ? .number : .word, start: startScalar, end: scalarIndex,
                    byteStart: startByte, byteEnd: index, foldedStart: Int32(truncatingIfNeeded: foldedStart),
                    foldedCount: Int32(truncatingIfNeeded: written &- foldedStart), foldedHash: hash.value,
                    isCapitalized: lead >= 65 && lead <= 90 || lead >= 0x80 && isUppercase(scalar),
                    spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore,
                    numberValue: digits && index &- startByte <= 9 ? Int32(value) : -1, sentence: 0))
            case .other:
                if lead < 0x80 {  // ASCII punctuation folds to itself
                    folded[written] = lead
                    written &+= 1
                } else {
                    written &+= Folding.write(scalar, to: folded + written)
                }
                append(Token(
                    kind: .punctuation, start: scalarIndex, end: scalarIndex &+ 1, byteStart: index,
                    byteEnd: index &+ length, foldedStart: Int32(truncatingIfNeeded: foldedStart),
                    foldedCount: Int32(truncatingIfNeeded: written &- foldedStart),
                    foldedHash: lead < 0x80
                        ? oneByteHashes[Int(lead)]
                        : WordHash.value(of: UnsafeBufferPointer(start: folded + foldedStart, count: written &- foldedStart)),
                    isCapitalized: false, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore, sentence: 0))
                // . ! ? …: where a sentence may end.
                if lead == 0x2E || lead == 0x21 || lead == 0x3F || scalar == "\u{2026}" {
                    stops.append(lastMade())
                }
                index &+= length
                scalarIndex &+= 1
            }
            // The plain space after a token, most often there, read here rather than by a turn of
            // the loop of its own (a dozen instructions a space: the loop's tests, its state
            // spilled and reloaded).
            lineBreakBefore = false
            spaceBefore = index < count && bytes[index] == 32
            if spaceBefore {
                index &+= 1
                scalarIndex &+= 1
            }
        }
        return made
    }

    /// The end of the run of ASCII letters (or digits) at `start`, whose folded form it writes
    /// at `folded` and adds to `hash`; for digits, the value of the first nine in `value`.
    ///
    /// `@_transparent`, not `@inline(__always)`, which the compiler did not honour here: the call
    /// per word cost 1.2% of `frise tag`.
    @_transparent
    private static func asciiRun(
        at start: Int, digits: Bool, in bytes: UnsafeBufferPointer<UInt8>, folded: UnsafeMutablePointer<UInt8>,
        hash: inout WordHash, value: inout Int
    ) -> Int {
        var end = start
        // The folded bytes are written as the run is read (a letter's lower case is its byte | 0x20);
        // two loops, so that the byte loop does not ask which kind of run it reads.
        // (Wrapping arithmetic: indexes within a buffer cannot overflow, and the checks cost a
        // fifth of the loop.)
        if digits {
            while end < bytes.count, bytes[end] &- 48 < 10 {
                let byte = bytes[end]
                folded[end &- start] = byte
                hash.add(byte)
                if end &- start < 9 { value = value &* 10 &+ Int(byte &- 48) }
                end &+= 1
            }
        } else {
            while end < bytes.count, (bytes[end] | 0x20) &- 97 < 26 {
                let lower = bytes[end] | 0x20
                folded[end &- start] = lower
                hash.add(lower)
                end &+= 1
            }
        }
        return end
    }

    /// The hash of each one-byte folded form.
    private static let oneByteHashes: [Int] = (0..<128).map { WordHash.value(of: CollectionOfOne(UInt8($0))) }

    /// Whether a letter outside ASCII is upper case: Latin-1's by their range, others by property.
    @inline(__always)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return scalar.properties.isUppercase
    }

    private enum ScalarClass { case space, letter, digit, other }

    /// `classify` of each ASCII scalar, read from a table by the scanner.
    private static let asciiClasses: [ScalarClass] = (0..<128).map { classify(Unicode.Scalar(UInt8($0))) }

    @_transparent  // (`@inline(__always)` left a call per non-ASCII letter)
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
