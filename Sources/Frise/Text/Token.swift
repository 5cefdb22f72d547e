/// One token of a body: a word, a number or a punctuation mark.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    // (Declared widest first, so that a token takes 64 bytes, one cache line: the passes over an
    // article's tokens read them one after another.)
    /// Unicode-scalar offsets into the body, end exclusive.
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets into the body, end exclusive.
    public var byteStart: Int
    public var byteEnd: Int
    /// `WordHash` of the folded form, computed as the tokenizer folds the word.
    var foldedHash: Int
    /// Where the folded form (see `Folding`) lies in the text's `foldedBytes`: punctuation keeps
    /// its scalar, apostrophes become `'`. A token holds no string, so that copying one is
    /// copying bytes, and only the words a rule asks for are ever made strings
    /// (`TokenizedText.folded(_:)`).
    var foldedStart: Int32
    var foldedCount: Int32
    /// For a number token of at most nine digits, its value, read by the tokenizer; else -1.
    var numberValue: Int32
    /// Index of the sentence holding the token (a body has fewer than 2³¹ tokens).
    private var sentenceIndex: Int32
    public var kind: Kind
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Whitespace (or nothing) separates this token from the previous one.
    public var spaceBefore: Bool
    /// A line break is among that whitespace.
    public internal(set) var lineBreakBefore: Bool

    init(kind: Kind, start: Int, end: Int, byteStart: Int, byteEnd: Int, foldedStart: Int32, foldedCount: Int32,
         foldedHash: Int, isCapitalized: Bool, spaceBefore: Bool, lineBreakBefore: Bool = false,
         numberValue: Int32 = -1, sentence: Int) {
        (self.start, self.end, self.byteStart, self.byteEnd) = (start, end, byteStart, byteEnd)
        (self.foldedHash, self.foldedStart, self.foldedCount, self.numberValue) = (foldedHash, foldedStart, foldedCount, numberValue)
        (self.kind, self.isCapitalized, self.spaceBefore, self.lineBreakBefore) = (kind, isCapitalized, spaceBefore, lineBreakBefore)
        sentenceIndex = Int32(truncatingIfNeeded: sentence)
    }

    /// Index of the sentence holding the token.
    public var sentence: Int {
        get { Int(sentenceIndex) }
        set { sentenceIndex = Int32(truncatingIfNeeded: newValue) }
    }

    /// For a number token, its value (nil past 9 digits).
    public var number: Int? { numberValue >= 0 ? Int(numberValue) : nil }

    /// Where the folded form lies in `TokenizedText.foldedBytes`.
    public var foldedRange: Range<Int> { Int(foldedStart)..<Int(foldedStart + foldedCount) }

    /// For a number token, how many digits it has (ASCII digits, a byte each).
    public var digitCount: Int { kind == .number ? byteEnd - byteStart : 0 }
}

/// A sentence: its scalar range and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
}
