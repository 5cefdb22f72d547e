/// One token of a body: a word, a number or a punctuation mark.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public var kind: Kind
    /// Unicode-scalar offsets into the body, end exclusive.
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets into the body, end exclusive.
    public var byteStart: Int
    public var byteEnd: Int
    /// The folded form (see `Folding`); punctuation keeps its scalar, apostrophes become `'`.
    public internal(set) var folded: String
    /// `WordHash` of `folded`, computed as the tokenizer folds the word.
    var foldedHash: Int
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Whitespace (or nothing) separates this token from the previous one.
    public var spaceBefore: Bool
    /// A line break is among that whitespace.
    public internal(set) var lineBreakBefore = false
    /// Index of the sentence holding the token.
    public var sentence: Int

    /// For a number token, its value (nil past 9 digits).
    public var number: Int? {
        guard kind == .number, folded.utf8.count <= 9 else { return nil }
        return Int(folded)
    }

    /// For a number token, how many digits it has.
    public var digitCount: Int { kind == .number ? folded.utf8.count : 0 }
}

/// A sentence: its scalar range and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
}
