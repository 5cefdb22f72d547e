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
public struct MentionGate: Sendable {
    public let anchors: Set<String>
    public let leads: Set<String>
    public let reach: Int
    /// Leads no list holds (numerals in letters of another system), tested after `leads`.
    public let isLead: @Sendable (String) -> Bool
    /// Anchors that are no anchor right after one of the given words.
    public let notAnchorsAfter: [String: Set<String>]
    /// `anchors` and `leads` in one table: bit 1 anchor, bit 2 lead.
    private let table: WordMap<UInt8>
    /// `notAnchorsAfter`, looked up with the hash each token carries.
    private let cancellations: WordMap<WordSet>
    /// The rules the gate selects among (see `rules(at:in:)`): at most 64, else none.
    public let indexedRules: Int
    /// For each anchor word of a rule, the rules (bit i for rule i) it anchors.
    private let ruleWords: WordMap<UInt64>
    /// At index d, the rules a number of d digits anchors (the last index for longer numbers).
    private let numberRules: [UInt64]
    /// The rules that state no anchor: tried at every candidate.
    private let unanchoredRules: UInt64
    /// At index d, the rules whose anchor may lie d tokens after their position.
    private let rulesReaching: [UInt64]

    /// A gate for `rules` (the pack's, in its order) with the given vocabulary.
    public init(
        anchors: Set<String>, leads: Set<String>, reach: Int, notAnchorsAfter: [String: Set<String>] = [:],
        rules: [TemporalRule] = [], isLead: @escaping @Sendable (String) -> Bool = { _ in false }
    ) {
        self.notAnchorsAfter = notAnchorsAfter
        self.anchors = anchors
        self.leads = leads
        self.reach = reach
        self.isLead = isLead
        var table = WordMap<UInt8>()
        for word in anchors { table[word] = 1 }
        for word in leads { table[word] = (table[word] ?? 0) | 2 }
        self.table = table
        cancellations = WordMap(notAnchorsAfter.map { ($0.key, WordSet($0.value)) })
        let indexed = rules.count <= 64 ? rules : []
        var ruleWords = WordMap<UInt64>(), unanchored: UInt64 = 0
        var numberRules = [UInt64](repeating: 0, count: 11)
        var reaching: [UInt64] = []
        for (index, rule) in indexed.enumerated() {
            let bit: UInt64 = 1 << index
            guard let anchors = rule.anchors else {
                unanchored |= bit
                continue
            }
            for word in anchors.words { ruleWords[word] = (ruleWords[word] ?? 0) | bit }
            for digits in anchors.digits { numberRules[min(max(digits, 0), numberRules.count - 1)] |= bit }
            while reaching.count <= anchors.reach { reaching.append(0) }
            for distance in 0...anchors.reach { reaching[distance] |= bit }
        }
        indexedRules = indexed.count
        self.ruleWords = ruleWords
        self.numberRules = numberRules
        unanchoredRules = unanchored
        rulesReaching = reaching
    }

    /// The rules (bit i for rule i of the rules the gate indexes) worth trying at `position`: those
    /// whose anchor lies within their reach, in the sentence, and those that state none.
    func rules(at position: Int, in tokens: [Token]) -> UInt64 {
        var found = unanchoredRules
        let sentence = tokens[position].sentence
        var index = position
        while index - position < rulesReaching.count, index < tokens.count, tokens[index].sentence == sentence {
            let anchored: UInt64
            switch tokens[index].kind {
            case .number: anchored = numberRules[min(tokens[index].folded.utf8.count, numberRules.count - 1)]
            case .word: anchored = ruleWords[tokens[index]] ?? 0
            case .punctuation: anchored = 0
            }
            found |= anchored & rulesReaching[index - position]
            index += 1
        }
        return found
    }

    /// Whether a number can be the anchor of a mention by itself: a day, an hour or a month
    /// (at most 31) or a year (1000 to 2199). Other numbers are amounts, which need a unit
    /// word after them ("45 ans", "792 milliards" is no date).
    static func mayDate(_ token: Token) -> Bool {
        let digits = token.folded.utf8.count
        guard digits <= 2 || digits == 4, let value = token.number else { return false }
        return digits <= 2 ? value <= 31 : (1000...2199).contains(value)
    }

    /// For each token, whether the rules must be tried there: an anchor, or a lead followed by
    /// leads (or the apostrophes and hyphens that glue them) up to an anchor at most `reach`
    /// tokens on, within the sentence.
    func candidates(in tokens: [Token]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var distance = Int.max  // from the token after the current one to the anchor its chain reaches
        var index = tokens.count - 1
        while index >= 0 {
            // Fields are read in place: copying a token would retain its string.
            if index + 1 < tokens.count, tokens[index + 1].sentence != tokens[index].sentence { distance = Int.max }
            switch tokens[index].kind {
            case .number:
                if Self.mayDate(tokens[index]) {
                    distance = 0
                    result[index] = true
                } else if distance < reach {  // an amount ("45 ans", "dix-huit mois"): a lead
                    distance += 1
                    result[index] = true
                } else {
                    distance = Int.max
                }
            case .word:
                var classes = table[tokens[index]] ?? 0
                if classes & 1 != 0, index > 0, let cancelling = cancellations[tokens[index]],
                   cancelling.contains(tokens[index - 1]) {
                    classes &= ~1
                }
                if classes & 1 != 0 {
                    distance = 0
                    result[index] = true
                } else if distance < reach, classes & 2 != 0 || isLead(tokens[index].folded) {
                    distance += 1
                    result[index] = true
                } else {
                    distance = Int.max
                }
            case .punctuation:
                let glue = tokens[index].folded == "'" || tokens[index].folded == "-"
                distance = glue && distance < reach ? distance + 1 : Int.max
            }
            index -= 1
        }
        return result
    }
}
