/// The French rule for feasts: "Noël", "la Toussaint", "le lundi de Pâques",
/// "la Pentecôte 2024", "la Saint-Sylvestre". Easter-based feasts go through the
/// computus when resolved; "le 14 Juillet" and "le 1er Mai" are days of the month.
enum FrenchHolidayRules {
    static let all: [TemporalRule] = [holiday]

    /// The longest feast name in `FrenchLexicon.holidays` → `.holiday`, with a year or "dernier"/"prochain".
    static let holiday = TemporalRule("feast") { c in
        let determiner = FrenchDateRules.determinerLength(c, 0)
        guard let first = c.word(determiner), FrenchLexicon.holidayFirstWords.contains(first) else { return nil }
        // The words from the determiner on, hyphens and apostrophes left out, with their end positions.
        var words: [(word: String, end: Int)] = []
        var at = determiner
        while words.count < 5, let token = c[at] {
            if token.kind == .word {
                words.append((token.folded, at + 1))
            } else if !(token.folded == "-" || token.folded == "'") || !c.isGlued(at) {
                break
            }
            at += 1
        }
        for count in stride(from: words.count, through: 1, by: -1) {
            let key = words[0..<count].map(\.word).joined(separator: " ")
            guard let feast = FrenchLexicon.holidays[key] else { continue }
            var end = words[count - 1].end
            guard isFeast(key, c, determiner: determiner, end: end) else { return nil }
            var year: Int?
            var deixis = Deixis.bare
            if let (y, l) = FrenchDateRules.yearNumber(c, end) {
                year = y
                end += l
            } else if let d = c.word(end, in: FrenchLexicon.directionAdjectives) {
                deixis = d
                end += 1
            }
            return RuleMatch(length: end, meaning: .holiday(feast, year: year, deixis))
        }
        return nil
    }

    /// Guards against names: "Noël Mamère", "le père Noël", "l'île de Pâques", "Saint-Jean-de-Luz".
    static func isFeast(_ key: String, _ c: TokenCursor, determiner: Int, end: Int) -> Bool {
        let first = c[determiner]!
        if FrenchLexicon.capitalizedHolidays.contains(key), !first.isCapitalized { return false }
        if !key.contains(" "), let next = c[end], next.kind == .word, next.isCapitalized { return false }
        if key.hasPrefix("saint ") {
            guard c.isWord(0, "la") else { return false }
            if c.isText(end, "-"), c.isGlued(end) { return false }
        }
        if key == "noel", c.isWord(determiner - 1, "pere") { return false }
        if key == "paques", c.isWord(determiner - 1, "de"), c.isWord(determiner - 2, "ile") { return false }
        return true
    }
}
