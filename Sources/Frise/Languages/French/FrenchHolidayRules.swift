/// The French rule for feasts: "Noël", "la Toussaint", "le lundi de Pâques",
/// "la Pentecôte 2024", "la Saint-Sylvestre". Easter-based feasts go through the
/// computus when resolved; "le 14 Juillet" and "le 1er Mai" are days of the month.
enum FrenchHolidayRules {
    static let all: [TemporalRule] = [holiday]

    /// The longest feast name in `FrenchLexicon.holidays` → `.holiday`, with a year or "dernier"/"prochain".
    static let holiday = TemporalRule("feast", anchors: RuleAnchors(FrenchLexicon.holidayFirstWords, within: 2)) { c in
        let determiner = FrenchDateRules.determinerLength(c, 0)
        guard c.word(determiner, in: FrenchLexicon.holidayFirstWords) else { return nil }
        // The longest feast name from the determiner on, hyphens and apostrophes left out, read
        // while its words begin some feast's name.
        var found: (key: String, feast: Holiday, end: Int)?
        var key = ""
        var words = 0
        var at = determiner
        while words < 5, let token = c[at] {
            if token.kind == .word {
                if words > 0 { key += " " }
                key += c.text(at)!
                words += 1
                guard FrenchLexicon.holidayPrefixes.contains(key) else { break }
                if let feast = FrenchLexicon.holidays[key] { found = (key, feast, at + 1) }
            } else if !(c.isText(at, "-") || c.isText(at, "'")) || !c.isGlued(at) {
                break
            }
            at += 1
        }
        guard let found, isFeast(found.key, c, determiner: determiner, end: found.end) else { return nil }
        let (year, deixis, length) = FrenchDateRules.yearOrDirection(c, found.end)
        return RuleMatch(length: found.end + length, meaning: .holiday(found.feast, year: year, deixis ?? .bare))
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
