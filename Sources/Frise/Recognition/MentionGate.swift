/// Where the recognizer needs to try its rules: a cheap test that skips most tokens.
///
/// Every mention a language's rules can match holds an *anchor* — a number that may be a day,
/// an hour or a year, or a word
/// from the pack's temporal vocabulary (a month, a unit, "hier", "lendemain"...) — at most
/// `reach` tokens after its first token, and the tokens before that anchor are *leads*
/// (determiners, prepositions, number words...) or the apostrophes and hyphens between them. The recognizer tries the rules only at
/// tokens that pass both tests, which gives the same mentions as trying them everywhere
/// (`RecognizerGateTests` checks it on the test corpus) at a fraction of the cost.
///
/// At such a token it tries only the rules whose `RuleAnchors` it finds within their reach: most
/// rules name a vocabulary one of whose words all their matches hold ("day of month" a month
/// name at most five tokens on), and a day rule need not be tried before "trimestre".
///
/// A class: the recognizer takes its pack's gate for each article, and a struct of tables was
/// copied there, each table retained and released (0.6% of `frise tag`).
public final class MentionGate: Sendable {
    public let anchors: Set<String>
    public let leads: Set<String>
    public let reach: Int
    /// Leads no list holds (numerals in letters of another system), tested after `leads` on a
    /// word's folded bytes (read in place: no string made for each word asked).
    public let isLead: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    /// Anchors that are no anchor right after one of the given words.
    public let notAnchorsAfter: [String: Set<String>]
    /// `anchors` and `leads` in one table (bit 1 anchor, bit 2 lead), with where the masks of
    /// the rules a word anchors start in `ruleIndex` (-1: none): one look-up per word serves both.
    private let table: WordMap<(classes: UInt8, masks: Int32)>
    /// `notAnchorsAfter`, looked up with the hash each token carries.
    private let cancellations: WordMap<WordSet>
    /// The rules the gate selects among (see `rules(at:in:)`): at most 64, else none.
    public var indexedRules: Int { ruleIndex.count }
    let ruleIndex: RuleIndex
    /// A gate for `rules` (the pack's, in its order) with the given vocabulary.
    public init(
        anchors: Set<String>, leads: Set<String>, reach: Int, notAnchorsAfter: [String: Set<String>] = [:],
        rules: [TemporalRule] = [], isLead: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool = { _ in false }
    ) {
        self.notAnchorsAfter = notAnchorsAfter
        self.anchors = anchors
        self.leads = leads
        self.reach = reach
        self.isLead = isLead
        let ruleIndex = RuleIndex(rules.count <= 64 ? rules : [])
        var table = WordMap<(classes: UInt8, masks: Int32)>()
        for word in anchors { table[word] = (1, -1) }
        for word in leads { table[word] = ((table[word]?.classes ?? 0) | 2, -1) }
        for (word, masks) in ruleIndex.words { table[word] = (table[word]?.classes ?? 0, masks) }
        self.table = table
        self.ruleIndex = ruleIndex
        cancellations = WordMap(notAnchorsAfter.map { ($0.key, WordSet($0.value)) })
    }

    /// The rules (bit i for rule i of the rules the gate indexes) worth trying at `position`: those
    /// with an anchor within its reach, in the sentence, and those that state none.
    func rules(at position: Int, in text: TokenizedText) -> UInt64 {
        ruleIndex.rules(at: position, in: text.tokens, masks: scan(text).masks)
    }

    /// What the gate reads of a text in one pass: where to try rules, and the rules' anchors.
    struct Scan {
        /// For each token, whether the rules must be tried there (see `candidates(in:)`).
        var candidates: [Bool]
        /// For each token, where the masks of the rules it anchors start in the rule index
        /// (-1: none), for `RuleIndex.rules(at:in:masks:)`.
        var masks: [Int32]
    }

    /// A pack's rules indexed by their anchors: for each anchor (a word, or the digit count of a
    /// number) and each distance up to the longest reach, the rules it anchors from there.
    /// A class: the recognizer holds it across a text with one reference, not the gate's tables.
    final class RuleIndex: Sendable {
        let count: Int
        /// The rules that state no anchor: tried at every candidate.
        let unanchored: UInt64
        /// One more than the longest reach: the distances looked at.
        let span: Int
        /// Where each anchor word's masks start in `masks`.
        let words: WordMap<Int32>
        /// `span` masks per anchor, one per distance (bit i: rule i): numbers by digit count
        /// first (indexes 0 to 10, 10 for 10 digits or more), then the words.
        let masks: [UInt64]

        init(_ rules: [TemporalRule]) {
            count = rules.count
            let alternatives = rules.compactMap(\.anchors).flatMap(\.alternatives)
            let span = (alternatives.map(\.reach).max() ?? 0) + 1
            var unanchored: UInt64 = 0
            var words = WordMap<Int32>()
            var masks = [UInt64](repeating: 0, count: 11 * span)
            for (index, rule) in rules.enumerated() {
                let bit: UInt64 = 1 << index
                guard let anchors = rule.anchors else {
                    unanchored |= bit
                    continue
                }
                for alternative in anchors.alternatives {
                    var starts = alternative.digits.map { min(max($0, 0), 10) * span }
                    for word in alternative.words {
                        if words[word] == nil {
                            words[word] = Int32(masks.count)
                            masks += repeatElement(0, count: span)
                        }
                        starts.append(Int(words[word]!))
                    }
                    for start in starts {
                        for distance in 0...alternative.reach { masks[start + distance] |= bit }
                    }
                }
            }
            self.span = span
            self.unanchored = unanchored
            self.words = words
            self.masks = masks
        }

        /// Where the masks of a number of `digits` digits start.
        func masks(ofNumberWith digits: Int) -> Int32 { Int32(min(digits, 10) * span) }

        /// See `MentionGate.rules(at:in:)`; `starts` are `Scan.masks`.
        func rules(at position: Int, in tokens: [Token], masks starts: [Int32]) -> UInt64 {
            var found = unanchored
            let sentence = tokens[position].sentence
            var index = position
            while index - position < span, index < tokens.count, tokens[index].sentence == sentence {
                let first = Int(starts[index])
                if first >= 0 { found |= masks[first + index - position] }
                index += 1
            }
            return found
        }
    }

    /// Whether a number can be the anchor of a mention by itself: a day, an hour or a month
    /// (at most 31) or a year (1000 to 2199). Other numbers are amounts, which need a unit
    /// word after them ("45 ans", "792 milliards" is no date).
    static func mayDate(_ tokens: [Token], _ index: Int) -> Bool {
        let digits = tokens[index].digitCount
        guard digits <= 2 || digits == 4, let value = tokens[index].number else { return false }
        return digits <= 2 ? value <= 31 : (1000...2199).contains(value)
    }

    /// For each token, whether the rules must be tried there: an anchor, or a lead followed by
    /// leads (or the apostrophes and hyphens that glue them) up to an anchor at most `reach`
    /// tokens on, within the sentence.
    func candidates(in text: TokenizedText) -> [Bool] { scan(text).candidates }

    /// `candidates(in:)` and the rules' anchor masks of every token.
    func scan(_ text: TokenizedText) -> Scan {
        let tokens = text.tokens, folded = text.foldedBytes
        var result = [Bool].filled(with: false, count: tokens.count)
        var masks = [Int32].filled(with: -1, count: tokens.count)
        // (Written through buffers: an array made by `filled` is not known unique to the
        // optimizer, which then tests its uniqueness at each write.)
        result.withUnsafeMutableBufferPointer { result in
            masks.withUnsafeMutableBufferPointer { masks in
                var distance = Int.max  // from the token after the current one to the anchor its chain reaches
                var index = tokens.count - 1
                while index >= 0 {
                    if index + 1 < tokens.count, tokens[index + 1].sentence != tokens[index].sentence { distance = Int.max }
                    switch tokens[index].kind {
                    case .number:
                        masks[index] = ruleIndex.masks(ofNumberWith: tokens[index].digitCount)
                        if Self.mayDate(tokens, index) {
                            distance = 0
                            result[index] = true
                        } else if distance < reach {  // an amount ("45 ans", "dix-huit mois"): a lead
                            distance += 1
                            result[index] = true
                        } else {
                            distance = Int.max
                        }
                    case .word:
                        let entry = table[token: tokens[index], in: folded]
                        masks[index] = entry?.masks ?? -1
                        var classes = entry?.classes ?? 0
                        if classes & 1 != 0, index > 0, let cancelling = cancellations[token: tokens[index], in: folded],
                           cancelling.contains(tokens[index - 1], in: folded) {
                            classes &= ~1
                        }
                        if classes & 1 != 0 {
                            distance = 0
                            result[index] = true
                        } else if distance < reach, classes & 2 != 0 || text.withFolded(index, isLead) {
                            distance += 1
                            result[index] = true
                        } else {
                            distance = Int.max
                        }
                    case .punctuation:
                        let glue = text.isFolded(index, "'") || text.isFolded(index, "-")
                        distance = glue && distance < reach ? distance + 1 : Int.max
                    }
                    index -= 1
                }
            }
        }
        return Scan(candidates: result, masks: masks)
    }
}
