/// Token pieces the French rules share: determiners, day numbers, month names,
/// years, parts of days, and the capitalisation test for names.
extension FrenchDateRules {
    /// A capitalised word inside a sentence: French writes weekdays and months in lower
    /// case, so "Samedi Chic" or "Mars" mid-sentence is a name.
    static func isNameWord(_ c: TokenCursor, _ at: Int) -> Bool {
        guard let token = c[at], token.isCapitalized, let previous = c[at - 1] else { return false }
        return previous.kind != .punctuation
            || !c.isText(at - 1, in: ["«", "\"", "“", "(", "-", "—", "–", "_", ":", ";"])
    }

    /// Length of a determiner belonging to the date: "le"/"la" (1) or "l'" (2), else 0.
    static func determinerLength(_ c: TokenCursor, _ at: Int) -> Int {
        // Every rule asks this at every token: one look-up by the token's hash.
        guard let length = c.word(at, in: determiners) else { return 0 }
        return length == 1 || c.isText(at + 1, "'") ? length : 0
    }

    /// Determiners and their length with the apostrophe that "l" needs.
    static let determiners: WordMap<Int> = ["le": 1, "la": 1, "l": 2]

    /// A day of the month: "6", "06", "1er", "premier".
    static func dayNumber(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        if c.isWord(at, "premier") { return (1, 1) }
        guard let (day, digits) = c.number(at), digits <= 2, (1...31).contains(day) else { return nil }
        if day == 1, c.word(at + 1, in: firstSuffixes), c.isGlued(at + 1) { return (1, 2) }
        // "3,5" or "3.000" is a quantity, not a day.
        if c.isText(at + 1, ",") || c.isText(at + 1, "."), c.isGlued(at + 1), c.isNumber(at + 2), c.isGlued(at + 2) {
            return nil
        }
        return (day, 1)
    }

    /// What makes "1" the first of the month: "1er", "1re", "1ᵉʳ".
    static let firstSuffixes: WordSet = ["er", "re", "ᵉʳ"]

    /// A month name, with the period of an abbreviation ("janv.") when present.
    static func monthName(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        guard let month = c.word(at, in: FrenchLexicon.months) else { return nil }
        if c.word(at, in: FrenchLexicon.monthAbbreviations), c.isText(at + 1, "."), c.isGlued(at + 1) { return (month, 2) }
        return (month, 1)
    }

    /// A four-digit year between 1000 and 2199.
    static func yearNumber(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        guard c.isNumber(at), let token = c[at], token.digitCount == 4,
              let year = token.number, (1000...2199).contains(year) else { return nil }
        // "2023,5" is a number, not a year.
        if c.isText(at + 1, ","), c.isGlued(at + 1), c.isNumber(at + 2), c.isGlued(at + 2) { return nil }
        return (year, 1)
    }

    /// A year after a month or a day-month: four digits, or two digits closing the
    /// phrase ("octobre 98.", "le 10 novembre 93,").
    static func yearAfterMonth(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        if let found = yearNumber(c, at) { return found }
        guard c.isNumber(at), let token = c[at], token.digitCount == 2, let short = token.number,
              !c.isGlued(at) else { return nil }
        if let after = c[at + 1] {
            if after.kind == .word && !c.isText(at + 1, in: yearClosers) || after.kind == .number { return nil }
            if c.isText(at + 1, in: ["%", "€", "$"]) { return nil }
            // "93,5", "98/99".
            if c.isText(at + 1, in: [".", ",", "/", "-"]), c.isGlued(at + 1), c.isNumber(at + 2) { return nil }
        }
        return (short < 50 ? 2000 + short : 1900 + short, 1)
    }

    /// Words that may follow a two-digit year ("octobre 98 et mai 99").
    static let yearClosers: WordSet = ["et", "ou", "a", "au", "puis", "sur", "dans", "pour", "avec", "lors"]

    /// A part of a day: "matin", "soir", "nuit", "soirée", "après-midi" (hyphenated or not).
    static func partOfDay(_ c: TokenCursor, _ at: Int) -> (PartOfDay, Int)? {
        guard let w = c.word(at) else { return nil }
        if w == "apres" {
            if c.isText(at + 1, "-"), c.isWord(at + 2, "midi") { return (.afternoon, 3) }
            if c.isWord(at + 1, "midi") { return (.afternoon, 2) }
            return nil
        }
        return c.word(at, in: FrenchLexicon.partsOfDay).map { ($0, 1) }
    }

    /// The length of a demonstrative ("ce", "cet", "cette") at `at`, else 0.
    static func demonstrativeLength(_ c: TokenCursor, _ at: Int) -> Int {
        c.word(at, in: FrenchLexicon.demonstratives) ? 1 : 0
    }

    /// "là" or "ci" glued by a hyphen after a noun ("ce jour-là", "ce mois-ci"): its length and
    /// whether it points to the reference time.
    static func distalSuffix(_ c: TokenCursor, _ at: Int) -> (length: Int, distal: Bool)? {
        guard c.isText(at, "-"), let w = c.word(at + 1), w == "la" || w == "ci" else {
            if c.isWord(at, "la"), !c.isGlued(at), c[at + 1].map({ $0.kind == .punctuation }) ?? true {
                return (1, true)  // "ce moment là"
            }
            return nil
        }
        return (2, w == "la")
    }

    /// A year ("Pâques 2024") or a direction ("l'été prochain") after a named period, and its length.
    static func yearOrDirection(_ c: TokenCursor, _ at: Int) -> (year: Int?, deixis: Deixis?, length: Int) {
        if let (year, length) = yearNumber(c, at) { return (year, nil, length) }
        if let deixis = c.word(at, in: FrenchLexicon.directionAdjectives) { return (nil, deixis, 1) }
        return (nil, nil, 0)
    }

    /// The rule matches of `rules` at the cursor, longest first.
    static func longest(_ rules: [TemporalRule], _ c: TokenCursor) -> RuleMatch? {
        var best: RuleMatch?
        for index in rules.indices {  // by index: copying a rule would retain its name
            if let found = rules[index].match(c), found.length > (best?.length ?? 0) { best = found }
        }
        return best
    }

    /// A cursor moved `offset` tokens on, within the sentence.
    static func shifted(_ c: TokenCursor, _ offset: Int) -> TokenCursor? {
        guard c.index(offset) != nil else { return nil }
        return c.moved(by: offset)
    }
}
