/// The French rules for recurring times (TIMEX3 SET): "chaque lundi", "tous les ans",
/// "tous les deux mois", "deux fois par semaine", "par an", "quotidien", "annuellement".
enum FrenchSetRules {
    static let all: [TemporalRule] = [every, everyPlural, timesPer, per, recurrenceWord]

    /// Plural weekdays ("tous les jeudis").
    static let pluralWeekdays: WordMap<Weekday> = [
        "lundis": .monday, "mardis": .tuesday, "mercredis": .wednesday, "jeudis": .thursday,
        "vendredis": .friday, "samedis": .saturday, "dimanches": .sunday,
    ]

    /// Plural parts of days ("tous les soirs").
    static let pluralParts: WordMap<PartOfDay> = [
        "matins": .morning, "soirs": .evening, "nuits": .night, "apres-midi": .afternoon,
    ]

    /// What recurs after "chaque": a unit, a weekday, a part of day or a season.
    static func recurring(_ c: TokenCursor, _ at: Int) -> (Recurrence, Int)? {
        if let weekday = c.word(at, in: FrenchLexicon.weekdays) { return (.weekday(weekday), 1) }
        if let (part, l) = FrenchDateRules.partOfDay(c, at), part != .daytime { return (.partOfDay(part), l) }
        if let season = c.word(at, in: FrenchLexicon.seasons) { return (.season(season), 1) }
        if let (unit, factor) = c.word(at, in: FrenchLexicon.durationUnits) { return (.every(Duration(factor, unit)), 1) }
        return nil
    }

    /// "chaque jour", "chaque lundi", "chaque matin", "chaque été", "chaque année" → `.recurrence`.
    static let every = TemporalRule("every", anchors: RuleAnchors(["chaque"], within: 0)) { c in
        guard c.isWord(0, "chaque"), let (recurrence, length) = recurring(c, 1) else { return nil }
        return RuleMatch(length: 1 + length, meaning: .recurrence(recurrence))
    }

    /// "tous les jours", "tous les deux ans", "toutes les semaines", "tous les jeudis", "tous les soirs".
    static let everyPlural = TemporalRule("every, plural", anchors: RuleAnchors(["tous", "toutes"], within: 0)) { c in
        guard let w = c.word(0), w == "tous" || w == "toutes", c.isWord(1, "les"), let noun = c.word(2) else {
            return nil
        }
        if let weekday = pluralWeekdays[noun] { return RuleMatch(length: 3, meaning: .recurrence(.weekday(weekday))) }
        if let part = pluralParts[noun] { return RuleMatch(length: 3, meaning: .recurrence(.partOfDay(part))) }
        var at = 2
        var count = 1.0
        if let (n, l) = FrenchNumbers.cardinal(c, at) {
            count = n
            at += l
        }
        guard let u = c.word(at), let (unit, factor) = FrenchLexicon.durationUnits[u], u.hasSuffix("s") || u == "mois"
        else { return nil }
        return RuleMatch(length: at + 1, meaning: .recurrence(.every(Duration(count * factor, unit))))
    }

    /// "deux fois par semaine", "une fois par an" → `.recurrence(.times)`.
    static let timesPer = TemporalRule(
        "times per period",
        anchors: RuleAnchors(FrenchNumbers.words.keys, digits: RuleAnchors.anyDigits, within: 0)
    ) { c in
        guard let (n, l) = FrenchNumbers.cardinal(c, 0), n == n.rounded(), n >= 1, c.isWord(l, "fois"),
              c.isWord(l + 1, "par"), let (unit, factor) = c.word(l + 2, in: FrenchLexicon.durationUnits),
              factor == 1 else { return nil }
        return RuleMatch(length: l + 3, meaning: .recurrence(.times(Int(n), per: unit)))
    }

    /// "5 000 euros par [an]", "par [semestre]": the unit after "par" is a SET, "par" stays out.
    static let per = TemporalRule("per period", anchors: RuleAnchors(FrenchLexicon.durationUnits.keys, within: 0)) { c in
        guard c.isWord(-1, "par"), let u = c.word(0), let (unit, factor) = c.word(0, in: FrenchLexicon.durationUnits),
              !u.hasSuffix("s") || u == "mois", c.word(-2) != u else { return nil }
        return RuleMatch(length: 1, meaning: .recurrence(.every(Duration(factor, unit))))
    }

    /// "le lot quotidien", "un dîner annuel", "quotidiennement" → `.recurrence`; "le quotidien Le Monde",
    /// "la presse quotidienne" are not.
    static let recurrenceWord = TemporalRule(
        "recurrence word", anchors: RuleAnchors(FrenchLexicon.recurrenceWords.keys, within: 0)
    ) { c in
        guard let duration = c.word(0, in: FrenchLexicon.recurrenceWords), let w = c.word(0) else { return nil }
        if !w.hasSuffix("ment") {
            guard let before = c.word(-1), !FrenchLexicon.nounMarkers.contains(before),
                  !FrenchLexicon.recurrenceNounHeads.contains(before), !FrenchDateRules.isNameWord(c, 0),
                  c[-1]?.isCapitalized == false else { return nil }
        }
        return RuleMatch(length: 1, meaning: .recurrence(.every(duration)))
    }
}
