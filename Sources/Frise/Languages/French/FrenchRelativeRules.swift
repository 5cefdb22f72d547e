/// The French rules for times counted from the document date or the reference time:
/// "la semaine dernière", "l'an prochain", "cette année", "l'année suivante",
/// "le lendemain", "la veille", "il y a trois jours", "dans deux semaines",
/// "trois jours plus tard", "ce week-end", and vague times ("récemment", "désormais").
enum FrenchRelativeRules {
    static let all: [TemporalRule] = [
        anaphoricDay, calendarPeriod, weekend, agoOrAhead, laterOrEarlier, vagueAdverb, vaguePhrase, referencePhrase,
    ]

    /// Days counted from the reference day by a noun: "le lendemain", "la veille".
    static let anaphoricOffsets: WordMap<Int> = ["lendemain": 1, "surlendemain": 2, "veille": -1]

    /// "le lendemain" (+1), "la veille" (-1), "le surlendemain" (+2), "l'avant-veille" (-2),
    /// "au lendemain" → `.dayOffset` from the reference time.
    static let anaphoricDay = TemporalRule(
        "anaphoric day", anchors: RuleAnchors(anaphoricOffsets.keys, within: 4)
    ) { c in
        let determiner = FrenchDateRules.determinerLength(c, 0)
        if determiner == 0 {
            guard let before = c.word(-1), ["au", "du", "des"].contains(before) else { return nil }
        }
        if let offset = c.word(determiner, in: anaphoricOffsets), let w = c.word(determiner) {
            return RuleMatch(length: determiner + 1, meaning: .dayOffset(offset, from: .reference))
        }
        if c.isWord(determiner, "avant"), c.isText(determiner + 1, "-"), c.isWord(determiner + 2, "veille") {
            return RuleMatch(length: determiner + 3, meaning: .dayOffset(-2, from: .reference))
        }
        return nil
    }

    /// "la semaine dernière", "l'an dernier", "le mois prochain", "l'année précédente", "cette année",
    /// "ce mois-ci", "cette année-là", "la même année", "le jour même", "l'année en cours" → `.periodOffset`.
    static let calendarPeriod = TemporalRule(
        "calendar period", anchors: RuleAnchors(FrenchLexicon.calendarUnits.keys, within: 3)
    ) { c in
        if FrenchDateRules.demonstrativeLength(c, 0) == 1 {
            var at = 1, anchor = Anchor.documentDate
            if c.isWord(1, "meme") {
                at = 2
                anchor = .reference
            }
            guard let unit = c.word(at, in: FrenchLexicon.calendarUnits) else { return nil }
            at += 1
            if let (length, distal) = FrenchDateRules.distalSuffix(c, at) {
                at += length
                if distal { anchor = .reference }
            } else if unit == .year, let (year, length) = FrenchDateRules.yearNumber(c, at) {
                return RuleMatch(length: at + length, meaning: .year(year))
            }
            return RuleMatch(length: at, meaning: .periodOffset(0, unit, from: anchor))
        }
        let determiner = FrenchDateRules.determinerLength(c, 0)
        guard determiner > 0 else { return nil }
        if c.isWord(determiner, "meme"),
           let unit = c.word(determiner + 1, in: FrenchLexicon.calendarUnits) {
            return RuleMatch(length: determiner + 2, meaning: .periodOffset(0, unit, from: .reference))
        }
        if c.isWord(determiner, "nouvelle"), c.isWord(determiner + 1, "annee") {
            return RuleMatch(length: determiner + 2, meaning: .periodOffset(0, .year, from: .documentDate))
        }
        return unitPeriod(c, determiner).map { RuleMatch(length: determiner + $0.length, meaning: $0.meaning) }
    }

    /// A period noun and what follows it, the determiner already read: "semaine dernière",
    /// "jour même", "année en cours", "mois suivant".
    static func unitPeriod(_ c: TokenCursor, _ at: Int) -> (meaning: TemporalMeaning, length: Int)? {
        guard let unit = c.word(at, in: FrenchLexicon.calendarUnits), let next = c.word(at + 1) else {
            return nil
        }
        if let (offset, anchor) = FrenchLexicon.periodAdjectives[next] {
            if unit == .day && anchor == .documentDate { return nil }
            return (.periodOffset(offset, unit, from: anchor), 2)
        }
        if next == "meme" { return (.periodOffset(0, unit, from: .reference), 2) }
        if next == "en", c.isWord(at + 2, "cours") { return (.periodOffset(0, unit, from: .documentDate), 3) }
        return nil
    }

    /// "ce week-end", "le week-end dernier", "le week-end prochain" → `.weekend`.
    static let weekend = TemporalRule("weekend", anchors: RuleAnchors(["week", "weekend"], within: 2)) { c in
        let demonstrative = FrenchDateRules.demonstrativeLength(c, 0)
        let determiner = demonstrative > 0 ? demonstrative : FrenchDateRules.determinerLength(c, 0)
        var at = determiner
        if c.isWord(at, "week"), c.isText(at + 1, "-"), c.isWord(at + 2, "end") {
            at += 3
        } else if c.isWord(at, "weekend") {
            at += 1
        } else {
            return nil
        }
        var deixis: Deixis = demonstrative > 0 ? .this : .bare
        if let d = c.word(at, in: FrenchLexicon.directionAdjectives) {
            deixis = d
            at += 1
        }
        guard deixis != .bare || determiner > 0 && ["pendant", "durant", "depuis"].contains(c.word(-1) ?? "") else {
            return nil
        }
        return RuleMatch(length: at, meaning: .weekend(deixis))
    }

    /// The calendar unit an integral amount of time counts in ("3 jours" → days), if any.
    static func calendarUnit(_ m: FrenchDurationRules.Measure) -> (CalendarUnit, Int)? {
        guard let amount = m.amount, amount == amount.rounded(), amount > 0 else { return nil }
        switch m.unit {
        case .day: return (.day, Int(amount))
        case .week: return (.week, Int(amount))
        case .month: return (.month, Int(amount))
        case .year: return (.year, Int(amount))
        case .second, .minute, .hour: return nil
        }
    }

    /// "il y a [trois jours]", "dans [deux semaines]" → `.periodOffset` from the DCT; the signal stays
    /// out of the span, as in the French TimeBank. Unspecified or sub-day amounts stay durations.
    static let agoOrAhead = TemporalRule(
        "ago or ahead", anchors: FrenchDurationRules.measureAnchors(from: 0)
    ) { c in
        let ago = c.isWord(-3, "il") && c.isWord(-2, "y") && c.isWord(-1, "a")
        guard ago || c.isWord(-1, "dans"), let m = FrenchDurationRules.measure(c, 0),
              let (unit, count) = calendarUnit(m) else { return nil }
        return RuleMatch(length: m.length, meaning: .periodOffset(ago ? -count : count, unit, from: .documentDate))
    }

    /// Words after an amount that make it a shift from the reference time, and its direction.
    static let shiftAdverbs: WordMap<Int> = ["tard": 1, "tot": -1, "auparavant": -1, "apres": 1, "avant": -1]

    /// "[trois jours] plus tard", "[deux ans] auparavant", "[une semaine] après." → `.periodOffset`
    /// from the reference time; "trois jours après l'attentat" stays a duration.
    static let laterOrEarlier = TemporalRule(
        "later or earlier", anchors: FrenchDurationRules.measureAnchors(from: 0)
    ) { c in
        guard let m = FrenchDurationRules.measure(c, 0), let (unit, count) = calendarUnit(m) else { return nil }
        var at = m.length
        if c.isWord(at, "plus") { at += 1 }
        guard let direction = c.word(at, in: shiftAdverbs), let w = c.word(at), (w == "tard" || w == "tot") == (at > m.length)
        else { return nil }
        if w == "apres" || w == "avant" {
            // Only when nothing follows: "une semaine après, il…", not "une semaine après le vote".
            if let next = c[at + 1], next.kind != .punctuation { return nil }
        }
        return RuleMatch(length: m.length, meaning: .periodOffset(direction * count, unit, from: .reference))
    }

    /// "récemment", "désormais", "actuellement", "bientôt", "auparavant" → `.vague`.
    static let vagueAdverb = TemporalRule("vague adverb", anchors: RuleAnchors(FrenchLexicon.vagueAdverbs.keys, within: 0)) { c in
        guard let time = c.word(0, in: FrenchLexicon.vagueAdverbs), let w = c.word(0) else { return nil }
        // "trois jours auparavant" is a shift; "en maintenant" a verb.
        if let before = c.word(-1), FrenchLexicon.durationUnits[before] != nil || before == "en" { return nil }
        return RuleMatch(length: 1, meaning: .vague(time))
    }

    /// "à [présent]", "de [nos jours]", "à [l'heure actuelle]" → `.vague(.present)`.
    static let vaguePhrase = TemporalRule("vague phrase", anchors: RuleAnchors(["present", "jours", "heure"], within: 2)) { c in
        if c.isWord(0, "present"), c.isWord(-1, "a") { return RuleMatch(length: 1, meaning: .vague(.present)) }
        if c.isWord(0, "nos"), c.isWord(1, "jours"), c.isWord(-1, "de") {
            return RuleMatch(length: 2, meaning: .vague(.present))
        }
        let determiner = FrenchDateRules.determinerLength(c, 0)
        if determiner > 0, c.isWord(determiner, "heure"), c.isWord(determiner + 1, "actuelle") {
            return RuleMatch(length: determiner + 2, meaning: .vague(.present))
        }
        return nil
    }

    /// "à ce moment-là", "à cette époque", "à la même époque" → `.reference`.
    static let referencePhrase = TemporalRule("reference phrase", anchors: RuleAnchors(["moment", "epoque"], within: 3)) { c in
        let demonstrative = FrenchDateRules.demonstrativeLength(c, 0)
        if demonstrative == 1, let w = c.word(1), w == "moment" || w == "epoque" {
            if let (length, distal) = FrenchDateRules.distalSuffix(c, 2), distal {
                return RuleMatch(length: 2 + length, meaning: .reference)
            }
            return w == "epoque" && c.isWord(-1, "a") ? RuleMatch(length: 2, meaning: .reference) : nil
        }
        let determiner = FrenchDateRules.determinerLength(c, 0)
        if determiner > 0, c.isWord(determiner, "meme"), c.isWord(determiner + 1, "epoque") {
            return RuleMatch(length: determiner + 2, meaning: .reference)
        }
        return nil
    }
}
