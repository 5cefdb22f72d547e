/// The French rules for parts of years and long periods: quarters and halves
/// ("au premier trimestre 2023"), seasons ("l'été prochain", "en hiver"), decades
/// ("les années 1990"), centuries ("le XXe siècle"), and their beginning, middle or
/// end ("début octobre", "mi-mars", "la fin de l'année dernière") as a TIMEX3 `mod`.
enum FrenchPeriodRules {
    static let all: [TemporalRule] = [quarterOrHalf, season, decade, century, modified]

    static let quarterNouns: WordSet = ["trimestre", "semestre"]

    /// "le premier trimestre 2023", "au second semestre", "le dernier trimestre" → `.partOfYear`.
    static let quarterOrHalf = TemporalRule("quarter or half", anchors: RuleAnchors(quarterNouns, within: 4)) { c in
        var at = FrenchDateRules.determinerLength(c, 0)
        guard c.word(at + 1, in: quarterNouns) || c.word(at + 2, in: quarterNouns) else { return nil }
        let number: Int, length: Int
        if c.isWord(at, "dernier") {
            (number, length) = (0, 1)
        } else if let (n, l) = FrenchNumbers.ordinal(c, at) {
            (number, length) = (n, l)
        } else {
            return nil
        }
        at += length
        guard let noun = c.word(at), noun == "trimestre" || noun == "semestre" else { return nil }
        let count = noun == "trimestre" ? 4 : 2
        let part: PartOfYear =
            noun == "trimestre" ? .quarter(number == 0 ? 4 : number) : .half(number == 0 ? 2 : number)
        guard (1...count).contains(number == 0 ? count : number) else { return nil }
        at += 1
        var year: Int?
        if let (y, l) = FrenchDateRules.yearNumber(c, at) {
            year = y
            at += l
        } else if c.isWord(at, "de"), let (y, l) = FrenchDateRules.yearNumber(c, at + 1) {
            year = y
            at += 1 + l
        }
        return RuleMatch(length: at, meaning: .partOfYear(part, year: year, .bare))
    }

    /// Words before a bare season that make it a date ("en hiver", "Été comme hiver").
    static let seasonPrepositions: WordSet = ["en", "comme", "et", "ou", "au", "depuis", "avant", "apres", "jusqu"]

    /// "l'été prochain", "cet hiver", "en été", "au printemps 2019", "les mois d'été" → `.partOfYear(.season)`.
    static let season = TemporalRule("season", anchors: RuleAnchors(FrenchLexicon.seasons.keys, within: 4)) { c in
        if c.isWord(0, "les"), c.isWord(1, "mois"), c.isWord(2, "d"), c.isText(3, "'"),
           let season = c.word(4, in: FrenchLexicon.seasons) {
            return RuleMatch(length: 5, meaning: .partOfYear(.season(season), year: nil, .bare))
        }
        let demonstrative = FrenchDateRules.demonstrativeLength(c, 0)
        let determiner = demonstrative > 0 ? demonstrative : FrenchDateRules.determinerLength(c, 0)
        var at = determiner
        guard let season = c.word(at, in: FrenchLexicon.seasons), let name = c.word(at), !FrenchDateRules.isNameWord(c, at)
        else { return nil }
        at += 1
        let (year, direction, length) = FrenchDateRules.yearOrDirection(c, at)
        let deixis = direction ?? (demonstrative > 0 ? .this : .bare)
        at += length
        if c.isWord(at, "arabe") { return nil }
        if determiner == 0 && year == nil && deixis == .bare {
            // "a été", "Jeux d'hiver": a participle or a noun complement, not a season.
            if let before = c[-1] {
                guard before.kind == .word, c.isText(-1, in: seasonPrepositions) else { return nil }
                if name == "ete" && !c.isText(-1, in: ["en", "comme"]) { return nil }
            }
        }
        return RuleMatch(length: at, meaning: .partOfYear(.season(season), year: year, deixis))
    }

    /// "les années 1990", "les années 90", "les années quatre-vingt" → `.decade`.
    static let decade = TemporalRule("decade", anchors: RuleAnchors(["annees"], within: 1)) { c in
        let at = c.isWord(0, "les") || c.isWord(0, "des") ? 1 : 0
        guard c.isWord(at, "annees") else { return nil }
        if let (year, l) = FrenchDateRules.yearNumber(c, at + 1), year % 10 == 0 {
            return RuleMatch(length: at + 1 + l, meaning: .decade(year / 10))
        }
        if let token = c[at + 1], token.kind == .number, token.digitCount == 2, let n = token.number, n % 10 == 0 {
            return RuleMatch(length: at + 2, meaning: .decade(190 + n / 10))
        }
        if let (n, l) = FrenchNumbers.spelled(c, at + 1), n % 10 == 0, (10...90).contains(n) {
            return RuleMatch(length: at + 1 + l, meaning: .decade(190 + n / 10))
        }
        return nil
    }

    /// "le XXe siècle", "au XIXe siècle", "le 21e siècle" → `.century` (19, 18, 20).
    static let century = TemporalRule("century", anchors: RuleAnchors(["siecle"], within: 4)) { c in
        var at = FrenchDateRules.determinerLength(c, 0)
        guard c.isWord(at + 1, "siecle") || c.isWord(at + 2, "siecle") else { return nil }
        let number: Int
        if let token = c[at], token.kind == .word, token.isCapitalized,
           let n = FrenchNumbers.romanOrdinal(c.text(at)!) {
            number = n
            at += 1
        } else if let (n, l) = FrenchNumbers.ordinal(c, at) {
            number = n
            at += l
        } else {
            return nil
        }
        guard c.isWord(at, "siecle"), !c.isWord(at + 1, "avant"), number >= 1 else { return nil }
        return RuleMatch(length: at + 1, meaning: .century(number - 1))
    }

    /// The periods "début", "mi", "fin" and "courant" modify ("fin 2022", "début du mois").
    static let modifiablePeriods = [
        FrenchDateRules.year, FrenchDateRules.month, FrenchRelativeRules.calendarPeriod, season, quarterOrHalf,
        century, decade,
    ]

    /// "début octobre", "fin 2022", "mi-mars", "la fin de l'année dernière", "le début du mois",
    /// "fin d'année", "au milieu des années 1990" → `.modified(START/MID/END, period)`.
    static let modified = TemporalRule(
        "beginning, middle or end of a period", anchors: RuleAnchors(FrenchLexicon.periodModifiers.keys, within: 2)
    ) { c in
        var at = FrenchDateRules.determinerLength(c, 0)
        guard let modifier = c.word(at, in: FrenchLexicon.periodModifiers), let word = c.word(at) else { return nil }
        at += 1
        if word == "mi" {
            guard c.isText(at, "-"), c.isGlued(at) else { return nil }
            at += 1
        }
        guard let (inner, length) = period(c, at, direct: word != "milieu") else { return nil }
        return RuleMatch(length: at + length, meaning: .modified(modifier, inner))
    }

    /// The period after "début", "fin", "mi-": its meaning and length, the linking "de"/"du" included.
    static func period(_ c: TokenCursor, _ at: Int, direct: Bool) -> (TemporalMeaning, Int)? {
        if direct, !["de", "d", "du", "des"].contains(c.word(at) ?? "") {
            // "début octobre", "fin 2022", "mi-mars 2023".
            if let here = FrenchDateRules.shifted(c, at),
               let month = FrenchDateRules.monthMatch(here, needsContext: false) {
                return (month.meaning, month.length)
            }
            if let (year, l) = FrenchDateRules.yearNumber(c, at) { return (.year(year), l) }
            return nil
        }
        guard let link = c.word(at) else { return nil }
        var inner = at + 1
        if link == "d" {
            guard c.isText(inner, "'") else { return nil }
            inner += 1
        }
        guard let here = FrenchDateRules.shifted(c, inner) else { return nil }
        if link == "des" {
            guard let found = decade.match(FrenchDateRules.shifted(c, at)!) else { return nil }
            return (found.meaning, found.length)
        }
        if let found = FrenchDateRules.longest(modifiablePeriods, here) { return (found.meaning, inner - at + found.length) }
        if link == "du", let month = FrenchDateRules.monthMatch(here, needsContext: false) {
            return (month.meaning, inner - at + month.length)  // "fin du mois de mars"
        }
        // "du mois dernier", "de l'année", "d'année", "de semaine", "de matinée".
        let determiner = link == "du" ? 0 : FrenchDateRules.determinerLength(here, 0)
        if let (meaning, length) = FrenchRelativeRules.unitPeriod(here, determiner) {
            return (meaning, inner - at + determiner + length)
        }
        if let unit = here.word(determiner).flatMap({ FrenchLexicon.calendarUnits[$0] }), unit != .day {
            return (.periodOffset(0, unit, from: .documentDate), inner - at + determiner + 1)
        }
        if let (part, l) = FrenchDateRules.partOfDay(here, determiner) {
            return (.timeOfDay(.part(part), on: nil), inner - at + determiner + l)
        }
        return nil
    }
}
