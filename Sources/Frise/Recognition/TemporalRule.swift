/// A named recognition rule: at a token position, it matches or not.
///
/// Rules are small functions over a `TokenCursor`; a language pack lists them.
/// The recognizer keeps the longest match at each position (ties go to the
/// earlier rule in the pack's list).
public struct TemporalRule: Sendable {
    public let name: String
    /// What every match of the rule holds near its start, if the rule states it: the `MentionGate`
    /// tries the rule only where it is found.
    public let anchors: RuleAnchors?
    public let match: @Sendable (TokenCursor) -> RuleMatch?

    public init(
        _ name: String, anchors: RuleAnchors? = nil, match: @escaping @Sendable (TokenCursor) -> RuleMatch?
    ) {
        self.name = name
        self.anchors = anchors
        self.match = match
    }
}

/// Tokens one of which every match of a rule holds near the rule's position: one of `words`
/// (folded), or a number written with one of `digits` digits (a day 1 or 2, a year 4; 10 stands
/// for 10 or more), at most `reach` tokens on (0: the first token); or, after `or`, one of
/// another such set within its own reach.
///
/// A promise the rule makes, which `RecognizerGateTests` checks against trying every rule
/// everywhere.
public struct RuleAnchors: Sendable {
    public struct Alternative: Sendable {
        public var words: [String]
        public var digits: Set<Int>
        public var reach: Int
    }

    public private(set) var alternatives: [Alternative]

    public init(_ words: some Sequence<String>, digits: Set<Int> = [], within reach: Int) {
        alternatives = [Alternative(words: Array(words), digits: digits, reach: reach)]
    }

    private init(alternatives: [Alternative]) { self.alternatives = alternatives }

    /// The anchors of a rule that matches, from its own position, where one of `rules` does:
    /// theirs, each within its own reach; nil when one of them states none.
    public static func any(of rules: [TemporalRule]) -> RuleAnchors? {
        var alternatives: [Alternative] = []
        for rule in rules {
            guard let anchors = rule.anchors else { return nil }
            alternatives += anchors.alternatives
        }
        return alternatives.isEmpty ? nil : RuleAnchors(alternatives: alternatives)
    }

    /// A number of `digits` digits within `reach` tokens.
    public static func number(digits: Set<Int>, within reach: Int) -> RuleAnchors {
        RuleAnchors([], digits: digits, within: reach)
    }

    /// These anchors or those of `other`.
    public func or(_ other: RuleAnchors) -> RuleAnchors { RuleAnchors(alternatives: alternatives + other.alternatives) }

    /// Every digit count a number anchor can have (10 for 10 or more).
    public static let anyDigits = Set(1...10)
}

/// What a rule found: how many tokens, what they mean, and which of them form the span.
public struct RuleMatch: Sendable {
    /// Tokens consumed from the cursor's position.
    public var length: Int
    /// Leading tokens consumed but left out of the mention's span (a preposition).
    public var skip: Int
    public var meaning: TemporalMeaning

    public init(length: Int, skip: Int = 0, meaning: TemporalMeaning) {
        self.length = length
        self.skip = skip
        self.meaning = meaning
    }
}

/// A read-only view of the tokens from one position, with the look-ups rules need.
public struct TokenCursor: Sendable {
    public let tokens: [Token]
    /// The text's folded forms (`TokenizedText.foldedBytes`).
    public let foldedBytes: [UInt8]
    public let position: Int

    public init(text: TokenizedText, position: Int) {
        self.init(tokens: text.tokens, foldedBytes: text.foldedBytes, position: position)
    }

    init(tokens: [Token], foldedBytes: [UInt8], position: Int) {
        self.tokens = tokens
        self.foldedBytes = foldedBytes
        self.position = position
    }

    /// The cursor `offset` places on.
    func moved(by offset: Int) -> TokenCursor {
        TokenCursor(tokens: tokens, foldedBytes: foldedBytes, position: position + offset)
    }

    /// The index of the token `offset` places from the position, if it is in the same sentence.
    @inline(__always)
    func index(_ offset: Int) -> Int? {
        let index = position + offset
        guard index >= 0, index < tokens.count, tokens[index].sentence == tokens[position].sentence else { return nil }
        return index
    }

    /// The token `offset` places from the position, if it exists in the same sentence.
    public subscript(offset: Int) -> Token? { index(offset).map { tokens[$0] } }

    /// The folded word at `offset`, or nil when it is not a word.
    public func word(_ offset: Int) -> String? {
        guard let index = index(offset), tokens[index].kind == .word else { return nil }
        return TokenizedText.folded(tokens[index], in: foldedBytes)
    }

    /// The folded form of the token at `offset` (a word, a number or a mark), if it exists in the
    /// same sentence.
    public func text(_ offset: Int) -> String? {
        index(offset).map { TokenizedText.folded(tokens[$0], in: foldedBytes) }
    }

    /// The value `table` gives the word at `offset`, or nil when it is no word or not in the table.
    /// Looked up with the hash the tokenizer computed.
    @inline(__always)
    public func word<Value>(_ offset: Int, in table: WordMap<Value>) -> Value? {
        guard let index = index(offset), tokens[index].kind == .word else { return nil }
        return table[token: tokens[index], in: foldedBytes]
    }

    /// True when the token at `offset` is a word of `set`.
    @inline(__always)
    public func word(_ offset: Int, in set: WordSet) -> Bool {
        guard let index = index(offset), tokens[index].kind == .word else { return false }
        return set.contains(tokens[index], in: foldedBytes)
    }

    /// True when a token of `set` (a word or a mark) lies between the position and the end of
    /// its sentence: a cheap test a rule can make before a costly match.
    public func anyAhead(in set: WordSet) -> Bool {
        let sentence = tokens[position].sentence
        var index = position
        while index < tokens.count, tokens[index].sentence == sentence {
            if set.contains(tokens[index], in: foldedBytes) { return true }
            index += 1
        }
        return false
    }

    /// The value and digit count of the number token at `offset` (nil past nine digits, as
    /// `Token.number`), read in place: rules ask it at every number, and a `Token?` copy costs
    /// more than the answer.
    @inline(__always)
    public func number(_ offset: Int) -> (value: Int, digits: Int)? {
        guard let index = index(offset), tokens[index].kind == .number, let value = tokens[index].number else {
            return nil
        }
        return (value, tokens[index].digitCount)
    }

    /// True when the token at `offset` is a number.
    public func isNumber(_ offset: Int) -> Bool {
        guard let index = index(offset) else { return false }
        return tokens[index].kind == .number
    }

    /// True when the token at `offset` is the word `word` (folded). Compared in place: rules ask
    /// this a few hundred thousand times per megabyte, and `word(_:)` hands out a copy.
    @inline(__always)
    public func isWord(_ offset: Int, _ word: String) -> Bool {
        guard let index = index(offset), tokens[index].kind == .word else { return false }
        return TokenizedText.folded(tokens[index], in: foldedBytes, is: word)
    }

    /// True when the token at `offset` is exactly `text` (folded).
    @inline(__always)
    public func isText(_ offset: Int, _ text: String) -> Bool {
        guard let index = index(offset) else { return false }
        return TokenizedText.folded(tokens[index], in: foldedBytes, is: text)
    }

    /// True when the token at `offset` is exactly one of `texts` (folded).
    public func isText(_ offset: Int, in texts: [String]) -> Bool {
        guard let index = index(offset) else { return false }
        return TokenizedText.folded(tokens[index], in: foldedBytes, isOneOf: texts)
    }

    /// True when the token at `offset` (a word or a mark) is one of `set`.
    public func isText(_ offset: Int, in set: WordSet) -> Bool {
        guard let index = index(offset) else { return false }
        return set.contains(tokens[index], in: foldedBytes)
    }

    /// True when the token at `offset` is glued to the previous one ("avant-hier", "d'", "20h").
    public func isGlued(_ offset: Int) -> Bool {
        guard let index = index(offset) else { return false }
        return !tokens[index].spaceBefore
    }
}
