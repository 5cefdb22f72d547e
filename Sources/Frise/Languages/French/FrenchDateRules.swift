/// The French rules for calendar dates: days of the month, weekdays, deictic days,
/// months, years and numeric dates.
///
/// Each rule reads tokens through a `TokenCursor` and yields a `TemporalMeaning`;
/// the words come from `FrenchLexicon`.
enum FrenchDateRules {
    static let all: [TemporalRule] = [dayOfMonth, numericDate, weekday, deicticDay, month, year]

    /// "le 6 janvier", "jeudi 2 mars 2023", "1er mars", "le 6 mai dernier" → `.dayOfMonth`.
    static let dayOfMonth = TemporalRule("day of month") { c in
        var at = determinerLength(c, 0)
        var weekday: Weekday?
        if let w = c.word(at).flatMap({ FrenchLexicon.weekdays[$0] }) {
            weekday = w
            at += 1
        }
        guard let (day, dayLength) = dayNumber(c, at) else { return nil }
        at += dayLength
        guard let (month, monthLength) = monthName(c, at) else { return nil }
        at += monthLength
        var year: Int?
        if let (y, yearLength) = yearNumber(c, at) {
            year = y
            at += yearLength
        }
        guard day <= CalendarDay.daysIn(month: month, year: year ?? 2000) else { return nil }
        var deixis = Deixis.bare
        if year == nil, let d = c.word(at).flatMap({ FrenchLexicon.directionAdjectives[$0] }) {
            deixis = d
            at += 1
        }
        return RuleMatch(length: at, meaning: .dayOfMonth(day: day, month: month, year: year, weekday: weekday, deixis))
    }

    /// "15/05/2021", "15.05.21", "2021-05-15" → `.dayOfMonth` with its year.
    static let numericDate = TemporalRule("numeric date") { start in
        let determiner = determinerLength(start, 0)
        let c = TokenCursor(tokens: start.tokens, position: start.position + determiner)
        guard let a = c[0], a.kind == .number, let sep = c[1], [".", "/", "-"].contains(sep.folded),
              let b = c[2], b.kind == .number, c[3]?.folded == sep.folded, let d = c[4], d.kind == .number,
              c.isGlued(1), c.isGlued(2), c.isGlued(3), c.isGlued(4),
              let first = a.number, let second = b.number, let third = d.number else { return nil }
        let (day, month, year): (Int, Int, Int)
        if a.digitCount == 4 && sep.folded == "-" && b.digitCount <= 2 && d.digitCount <= 2 {
            (day, month, year) = (third, second, first)
        } else if a.digitCount <= 2 && b.digitCount <= 2 && (d.digitCount == 4 || d.digitCount == 2) {
            (day, month, year) = (first, second, d.digitCount == 2 ? (third < 50 ? 2000 + third : 1900 + third) : third)
        } else {
            return nil
        }
        guard CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        return RuleMatch(length: determiner + 5, meaning: .dayOfMonth(day: day, month: month, year: year, weekday: nil, .bare))
    }

    /// "ce mercredi", "lundi", "le mardi", "vendredi dernier", "lundi prochain" → `.weekday`.
    static let weekday = TemporalRule("weekday") { c in
        var at = 0
        var deixis = Deixis.bare
        if let w = c.word(0), FrenchLexicon.demonstratives.contains(w) {
            deixis = .this
            at = 1
        } else {
            at = determinerLength(c, 0)
        }
        guard let day = c.word(at).flatMap({ FrenchLexicon.weekdays[$0] }), !isNameWord(c, at) else { return nil }
        at += 1
        if let d = c.word(at).flatMap({ FrenchLexicon.directionAdjectives[$0] }) {
            deixis = d
            at += 1
        }
        return RuleMatch(length: at, meaning: .weekday(day, deixis))
    }

    /// "aujourd'hui", "hier", "avant-hier", "demain", "après-demain" → `.dayOffset` from the DCT.
    static let deicticDay = TemporalRule("deictic day") { c in
        if c.word(0) == "aujourd", c.isText(1, "'"), c.word(2) == "hui" {
            return RuleMatch(length: 3, meaning: .dayOffset(0, from: .documentDate))
        }
        if let w = c.word(0), ["avant", "apres"].contains(w), c.isText(1, "-"), c.isGlued(1), c.isGlued(2),
           let target = c.word(2), let base = FrenchLexicon.deicticDays[target], base != 0,
           (w == "avant") == (base < 0) {
            return RuleMatch(length: 3, meaning: .dayOffset(base * 2, from: .documentDate))
        }
        if let w = c.word(0), let offset = FrenchLexicon.deicticDays[w] {
            return RuleMatch(length: 1, meaning: .dayOffset(offset, from: .documentDate))
        }
        return nil
    }

    /// "en mars", "janvier 2022", "le mois de juin", "septembre dernier" → `.month`.
    ///
    /// Month names that are also other words ("Mars", "mai") need a year, a
    /// direction adjective or a calendar preposition before them.
    static let month = TemporalRule("month") { c in
        var at = 0
        if c.word(0) == "mois" || (determinerLength(c, 0) > 0 && c.word(determinerLength(c, 0)) == "mois") {
            at = c.word(0) == "mois" ? 1 : determinerLength(c, 0) + 1
            guard c.word(at) == "de" || c.word(at) == "d" else { return nil }
            at += c.word(at) == "d" ? 2 : 1
        }
        guard let (month, monthLength) = monthName(c, at) else { return nil }
        let name = c.word(at)!
        let capitalized = isNameWord(c, at)
        at += monthLength
        var year: Int?
        var deixis = Deixis.bare
        if let (y, yearLength) = yearNumber(c, at) {
            year = y
            at += yearLength
        } else if let d = c.word(at).flatMap({ FrenchLexicon.directionAdjectives[$0] }) {
            deixis = d
            at += 1
        }
        if year == nil && capitalized { return nil }
        if year == nil && deixis == .bare && FrenchLexicon.ambiguousMonths.contains(name) && c.word(0) != "mois" {
            guard let before = c.word(-1), FrenchLexicon.calendarPrepositions.contains(before) else { return nil }
        }
        return RuleMatch(length: at, meaning: .month(month, year: year, deixis))
    }

    /// "en 2019", "depuis 1998", "l'année 2001" → `.year`; "2000 soldats" is not a year.
    static let year = TemporalRule("year") { c in
        var at = determinerLength(c, 0)
        if let w = c.word(at), w == "annee" || w == "an" {
            at += 1
        } else {
            at = 0
        }
        guard let (year, length) = yearNumber(c, at) else { return nil }
        if at == 0 {
            let before = c[-1]
            let introduced = before.map {
                $0.kind == .word && FrenchLexicon.yearPrepositions.contains($0.folded) || $0.folded == "("
            } ?? false
            // "de 2019 à 2021", "2019 et 2021": a link to another year.
            let linkedAfter = c.word(length).map(FrenchLexicon.yearLinks.contains) == true
                && yearNumber(c, length + 1) != nil
            let linkedBefore = c.word(-1).map(FrenchLexicon.yearLinks.contains) == true && yearNumber(c, -2) != nil
            let after = c[length]
            let closed = after.map { $0.kind == .punctuation && $0.folded != "%" && $0.folded != "€" } ?? true
            guard introduced || closed || linkedAfter || linkedBefore else { return nil }
            guard !(before?.kind == .number) else { return nil }
        }
        return RuleMatch(length: at + length, meaning: .year(year))
    }

    // MARK: - Pieces

    /// A capitalised word inside a sentence: French writes weekdays and months in lower
    /// case, so "Samedi Chic" or "Mars" mid-sentence is a name.
    static func isNameWord(_ c: TokenCursor, _ at: Int) -> Bool {
        guard let token = c[at], token.isCapitalized, let previous = c[at - 1] else { return false }
        return !["«", "\"", "“", "(", "-", "—", "–"].contains(previous.folded)
    }

    /// Length of a determiner belonging to the date: "le" (1) or "l'" (2), else 0.
    static func determinerLength(_ c: TokenCursor, _ at: Int) -> Int {
        guard let w = c.word(at), FrenchLexicon.determiners.contains(w) else { return 0 }
        if w == "l" { return c.isText(at + 1, "'") ? 2 : 0 }
        return 1
    }

    /// A day of the month: "6", "06", "1er", "premier".
    static func dayNumber(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        if c.word(at) == "premier" { return (1, 1) }
        guard let token = c[at], token.kind == .number, token.digitCount <= 2,
              let day = token.number, (1...31).contains(day) else { return nil }
        if day == 1, c.word(at + 1) == "er", c.isGlued(at + 1) { return (1, 2) }
        return (day, 1)
    }

    /// A month name, with the period of an abbreviation ("janv.") when present.
    static func monthName(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        guard let w = c.word(at), let month = FrenchLexicon.months[w] else { return nil }
        if FrenchLexicon.monthAbbreviations.contains(w), c.isText(at + 1, "."), c.isGlued(at + 1) { return (month, 2) }
        return (month, 1)
    }

    /// A four-digit year between 1000 and 2199.
    static func yearNumber(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        guard let token = c[at], token.kind == .number, token.digitCount == 4,
              let year = token.number, (1000...2199).contains(year) else { return nil }
        // "2023,5" is a number, not a year.
        if c.isText(at + 1, ","), c.isGlued(at + 1), c[at + 2]?.kind == .number, c.isGlued(at + 2) { return nil }
        return (year, 1)
    }
}
