/// The French rules for calendar dates: days of the month, weekdays, deictic days,
/// months, years and numeric dates; and the registry of every French rule.
///
/// Each rule reads tokens through a `TokenCursor` and yields a `TemporalMeaning`;
/// the words come from `FrenchLexicon`. Times of day, durations, relative
/// periods, parts of years, recurrences and feasts have their own files.
enum FrenchDateRules {
    /// Every French rule, in priority order (ties between equally long matches go to the earlier).
    static let all: [TemporalRule] =
        FrenchHolidayRules.all + calendar + FrenchTimeRules.all + FrenchRelativeRules.all + FrenchPeriodRules.all
        + FrenchSetRules.all + FrenchDurationRules.all

    static let calendar: [TemporalRule] = [dayOfMonth, dayInList, numericDate, weekday, deicticDay, month, year]

    /// Rules for a single day, which times of day attach to ("hier soir", "mardi après-midi").
    static let days: [TemporalRule] = [dayOfMonth, weekday, deicticDay]

    /// "le 6 janvier", "jeudi 2 mars 2023", "1er mars", "le 6 mai dernier", "le 10 novembre 93" → `.dayOfMonth`.
    static let dayOfMonth = TemporalRule("day of month", anchors: RuleAnchors(FrenchLexicon.months.keys, within: 5)) { c in
        var at = determinerLength(c, 0)
        var weekday: Weekday?
        if let w = c.word(at, in: FrenchLexicon.weekdays) {
            weekday = w
            at += 1
        }
        guard let (day, dayLength) = dayNumber(c, at) else { return nil }
        at += dayLength
        guard let (month, monthLength) = monthName(c, at) else { return nil }
        at += monthLength
        var year: Int?
        if let (y, yearLength) = yearAfterMonth(c, at) {
            year = y
            at += yearLength
        }
        guard day <= CalendarDay.daysIn(month: month, year: year ?? 2000) else { return nil }
        var deixis = Deixis.bare
        if year == nil, let d = c.word(at, in: FrenchLexicon.directionAdjectives) {
            deixis = d
            at += 1
        }
        return RuleMatch(length: at, meaning: .dayOfMonth(day: day, month: month, year: year, weekday: weekday, deixis))
    }

    /// The first days of a list or a range, completed by the month that ends it:
    /// "les [12] et 13 mai", "du [3] au 5 mars", "[le 3] et le 5 mars", "du [mercredi 3] au samedi 6 avril".
    static let dayInList = TemporalRule("day in a list", anchors: RuleAnchors(["premier"], digits: [1, 2], within: 2)) { c in
        var at = c.isWord(0, "les") || c.isWord(0, "le") ? 1 : 0
        var weekday: Weekday?
        if let w = c.word(at, in: FrenchLexicon.weekdays) {
            weekday = w
            at += 1
        }
        guard let (day, dayLength) = dayNumber(c, at) else { return nil }
        let length = at + dayLength
        var scan = length
        for _ in 0..<4 {
            guard c.isText(scan, in: listLinks), !c.isText(scan, "-") || c.isGlued(scan) else { return nil }
            scan += 1
            if c.isWord(scan, "le") { scan += 1 }
            if c.word(scan, in: FrenchLexicon.weekdays) != nil { scan += 1 }
            guard let (_, nextLength) = dayNumber(c, scan) else { return nil }
            scan += nextLength
            guard let (month, monthLength) = monthName(c, scan) else { continue }
            scan += monthLength
            let year = yearAfterMonth(c, scan)?.0
            let deixis = year == nil ? c.word(scan, in: FrenchLexicon.directionAdjectives) ?? .bare : .bare
            guard day <= CalendarDay.daysIn(month: month, year: year ?? 2000) else { return nil }
            return RuleMatch(
                length: length, meaning: .dayOfMonth(day: day, month: month, year: year, weekday: weekday, deixis))
        }
        return nil
    }

    /// What links the days of a list or a range: "les 12 et 13", "du 3 au 5", "le 1er, le 2 ou le 3".
    static let listLinks: WordSet = ["et", "au", "a", "ou", ",", "-"]

    /// "15/05/2021", "15.05.21", "2021-05-15" → `.dayOfMonth` with its year.
    static let numericDate = TemporalRule("numeric date", anchors: .number(digits: [1, 2, 4], within: 2)) { start in
        let determiner = determinerLength(start, 0)
        guard start.isNumber(determiner) else { return nil }
        // Tokens read in place: the rule is tried near every number, and most have no separator
        // after them (looked at before a cursor is made there).
        let after = determiner + 1
        let separator = start.isText(after, ".") ? "." : start.isText(after, "/") ? "/" : start.isText(after, "-") ? "-" : nil
        guard let separator, let c = shifted(start, determiner), c.isText(3, separator), let (first, a) = c.number(0), let (second, b) = c.number(2),
              let (third, d) = c.number(4), c.isGlued(1), c.isGlued(2), c.isGlued(3), c.isGlued(4) else { return nil }
        let (day, month, year): (Int, Int, Int)
        if a == 4 && separator == "-" && b <= 2 && d <= 2 {
            (day, month, year) = (third, second, first)
        } else if a <= 2 && b <= 2 && (d == 4 || d == 2) {
            (day, month, year) = (first, second, d == 2 ? (third < 50 ? 2000 + third : 1900 + third) : third)
        } else {
            return nil
        }
        guard CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        return RuleMatch(
            length: determiner + 5, meaning: .dayOfMonth(day: day, month: month, year: year, weekday: nil, .bare))
    }

    /// "ce mercredi", "lundi", "le mardi", "vendredi dernier", "lundi prochain" → `.weekday`;
    /// "samedi 12" → `.weekdayAndDay`.
    static let weekday = TemporalRule("weekday", anchors: RuleAnchors(FrenchLexicon.weekdays.keys, within: 2)) { c in
        var at = 0
        var deixis = Deixis.bare
        if demonstrativeLength(c, 0) == 1 {
            deixis = .this
            at = c.isWord(1, "meme") ? 2 : 1
        } else {
            at = determinerLength(c, 0)
        }
        guard let day = c.word(at, in: FrenchLexicon.weekdays), !isNameWord(c, at) else { return nil }
        at += 1
        if let d = c.word(at, in: FrenchLexicon.directionAdjectives) {
            deixis = d
            at += 1
        } else if deixis == .bare, let (number, length) = dayNumber(c, at), endsDay(c, at + length) {
            return RuleMatch(length: at + length, meaning: .weekdayAndDay(day, day: number))  // "samedi 12"
        }
        return RuleMatch(length: at, meaning: .weekday(day, deixis))
    }

    /// True when a token may follow "samedi 12": punctuation other than ":" or "h", or a word that is
    /// not a unit ("samedi 12 à 20 h", not "samedi 12 h" or "samedi 12 personnes").
    static func endsDay(_ c: TokenCursor, _ at: Int) -> Bool {
        guard let token = c[at] else { return true }
        switch token.kind {
        case .punctuation: return !c.isText(at, in: [":", "%", "/"])
        case .number: return false
        case .word: return c.isText(at, in: FrenchLexicon.yearFollowers) || c.isText(at, "et")
        }
    }

    /// "aujourd'hui", "hier", "avant-hier", "demain", "après-demain", "aujourd'hui vendredi"
    /// → `.dayOffset` from the DCT.
    static let deicticDay = TemporalRule("deictic day", anchors: RuleAnchors(["aujourd", "hier", "demain"], within: 2)) { c in
        var found: (offset: Int, length: Int)?
        if c.isWord(0, "aujourd"), c.isText(1, "'"), c.isWord(2, "hui") {
            found = (0, 3)
        } else if let w = c.word(0), ["avant", "apres"].contains(w), c.isText(1, "-"), c.isGlued(1), c.isGlued(2),
                  let target = c.word(2), let base = FrenchLexicon.deicticDays[target], base != 0,
                  (w == "avant") == (base < 0) {
            found = (base * 2, 3)
        } else if let offset = c.word(0, in: FrenchLexicon.deicticDays), let w = c.word(0) {
            found = (offset, 1)
        }
        guard var (offset, length) = found else { return nil }
        // "hier mardi", "aujourd'hui vendredi": the weekday names the same day.
        if c.word(length, in: FrenchLexicon.weekdays) != nil, !isNameWord(c, length) { length += 1 }
        return RuleMatch(length: length, meaning: .dayOffset(offset, from: .documentDate))
    }

    /// "en mars", "janvier 2022", "le mois de juin", "ce mois de juin", "septembre dernier", "octobre 98" → `.month`.
    ///
    /// Month names that are also other words ("Mars", "mai") need a year, a
    /// direction adjective or a calendar preposition before them.
    static let month = TemporalRule("month", anchors: RuleAnchors(FrenchLexicon.months.keys, within: 5)) { c in monthMatch(c, needsContext: true) }

    /// A month; `needsContext: false` when an enclosing rule already makes it a date ("mi-mars").
    static func monthMatch(_ c: TokenCursor, needsContext: Bool) -> RuleMatch? {
        var at = 0
        let demonstrative = demonstrativeLength(c, 0)
        let determiner = demonstrative > 0 ? demonstrative : determinerLength(c, 0)
        if c.isWord(determiner, "mois") {
            at = determiner + 1
            guard c.isWord(at, "de") || c.isWord(at, "d") else { return nil }
            at += c.isWord(at, "d") ? 2 : 1
        }
        guard let (month, monthLength) = monthName(c, at), demonstrative == 0 || at > 0 else { return nil }
        let name = c.word(at)!
        let capitalized = isNameWord(c, at)
        at += monthLength
        var year: Int?
        var deixis = demonstrative > 0 ? Deixis.this : .bare  // "ce mois de juin"
        if let (y, yearLength) = yearAfterMonth(c, at) {
            year = y
            at += yearLength
        } else if let d = c.word(at, in: FrenchLexicon.directionAdjectives) {
            deixis = d
            at += 1
        }
        if year == nil && capitalized { return nil }
        if needsContext, year == nil, deixis == .bare, FrenchLexicon.ambiguousMonths.contains(name),
           !c.isWord(determiner, "mois") {
            guard let before = c.word(-1), FrenchLexicon.calendarPrepositions.contains(before) else { return nil }
        }
        return RuleMatch(length: at, meaning: .month(month, year: year, deixis))
    }

    /// "en 2019", "depuis 1998", "l'année 2001", "attendre 1995 pour", "la loi de 1905" → `.year`;
    /// "2000 soldats" is not a year.
    ///
    /// A bare four-digit number is a year after a calendar preposition, before a
    /// punctuation mark, or (1900–2099) before a function word; two years linked by "à",
    /// "et" or "/" are both years.
    static let year = TemporalRule("year", anchors: .number(digits: [4], within: 3)) { c in
        var at = determinerLength(c, 0)
        if c.isWord(at, "annee") || c.isWord(at, "an") {
            at += 1
        } else {
            at = 0
        }
        guard let (year, length) = yearNumber(c, at) else { return nil }
        if at == 0 {
            guard c[-1]?.kind != .number else { return nil }
            let introduced = c.word(-1, in: FrenchLexicon.yearPrepositions) || c.isText(-1, "(")
            // "de 2019 à 2021", "2019 et 2021": a link to a year that ends the phrase.
            let linkedAfter = c.word(length, in: FrenchLexicon.yearLinks)
                && yearNumber(c, length + 1) != nil && endsYear(c, length + 2, year: 0)
            // "entre 1500 et 2000 manifestants": the linked number counts a noun, so both are counts.
            let linkedToCount = c.word(length, in: FrenchLexicon.yearLinks)
                && c.isNumber(length + 1) && !endsYear(c, length + 2, year: 0)
            // "la loi de 1905", "la crise de 2008": a noun that is dated, not counted.
            let datedNoun = c.isWord(-1, "de") && c.word(-2, in: FrenchLexicon.yearHeads)
                && (1000...2099).contains(year) && !c.word(length, in: FrenchLexicon.countNouns)
                && !c.isNumber(length) && !c.isText(length, in: ["%", "€", "$"])
            guard introduced && !linkedToCount || endsYear(c, length, year: year) || linkedAfter || datedNoun else {
                return nil
            }
        }
        return RuleMatch(length: at + length, meaning: .year(year))
    }

    /// True when the token at `at` may close a bare year: the end of the sentence, a punctuation
    /// mark other than %, € or $, or (for 1900–2099, or `year` 0) a function word.
    static func endsYear(_ c: TokenCursor, _ at: Int, year: Int) -> Bool {
        guard let token = c[at] else { return true }
        switch token.kind {
        case .punctuation: return !c.isText(at, in: ["%", "€", "$"])
        case .number: return false
        case .word:
            return (year == 0 || (1900...2099).contains(year)) && c.isText(at, in: FrenchLexicon.yearFollowers)
        }
    }
}
