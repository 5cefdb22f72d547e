/// Finds temporal mentions in a tokenized text with a language pack's rules.
public struct Recognizer: Sendable {
    public let pack: any LanguagePack

    /// Tries every rule at every token, ignoring the pack's `MentionGate` (to check the gate).
    public let isExhaustive: Bool

    public init(pack: any LanguagePack, exhaustive: Bool = false) {
        self.pack = pack
        self.isExhaustive = exhaustive
    }

    /// The mentions of the text, in order, never overlapping.
    public func mentions(in text: TokenizedText) -> [TemporalMention] {
        pack.withRecognition { rules, gate in mentions(in: text, rules: rules, gate: gate) }
    }

    private func mentions(in text: TokenizedText, rules: [TemporalRule], gate: MentionGate?) -> [TemporalMention] {
        var result: [TemporalMention] = []
        result.reserveCapacity(16)  // a news article holds a dozen: grown from empty, four copies
        var position = 0
        let scan = isExhaustive ? nil : gate?.scan(text)
        let candidates = scan?.candidates, masks = scan?.masks ?? []
        // The gate picks the rules to try when it indexes these rules (bits in the rules' order).
        let selector = isExhaustive ? nil : gate.flatMap { $0.indexedRules == rules.count ? $0.ruleIndex : nil }
        while position < text.tokens.count {
            if let candidates, !candidates[position] {
                position += 1
                continue
            }
            let cursor = TokenCursor(text: text, position: position)
            var best: RuleMatch?
            // By index: copying a rule would retain its name.
            func attempt(_ index: Int) {
                if let found = rules[index].match(cursor), found.length > (best?.length ?? 0) { best = found }
            }
            // (Called through the optional, not bound by `if let`: a binding in the loop retained
            // and released the index at each candidate, an atomic operation on an object every
            // job reads.)
            if var selected = selector?.rules(at: position, in: text.tokens, masks: masks) {
                while selected != 0 {
                    attempt(selected.trailingZeroBitCount)
                    selected &= selected - 1
                }
            } else {
                for index in rules.indices { attempt(index) }
            }
            guard let best else {
                position += 1
                continue
            }
            let first = position + best.skip, last = position + best.length - 1
            result.append(TemporalMention(
                range: text.tokens[first].start..<text.tokens[last].end,
                text: text.text(fromToken: first, toToken: last),
                meaning: best.meaning, sentence: text.tokens[first].sentence,
                tokens: first..<(last + 1)))
            position += best.length
        }
        return result
    }
}
