/// The French rules for times of day: clock times ("20 h 30", "8 heures du matin",
/// "midi") and parts of days ("ce matin", "hier soir", "mardi après-midi",
/// "la nuit de samedi à dimanche", "dans la soirée").
///
/// A clock time alone falls on the reference day: "Ce dimanche, de 18 h à 23 h".
/// The preposition before it ("à", "vers", "dès") stays out of the span.
enum FrenchTimeRules {
    static let all: [TemporalRule] = [
        clockTime, dayWithPart, demonstrativePart, nightOfDays, partAfterPreposition,
    ]

    /// Words before "N heures" that make it a clock time rather than an amount ("à 20 heures").
    static let clockPrepositions: WordSet = ["a", "vers", "des", "jusqu", "avant", "apres", "entre", "et", "de"]

    /// Words before "N h" that make it an amount rather than a clock time ("pendant 2 h").
    static let durationPrepositions: WordSet = ["pendant", "durant", "en", "sur", "les", "ces", "pour"]

    /// "20 h", "20h30", "20 h 30", "20 heures", "8 heures du matin", "midi", "minuit", "20:30"
    /// → `.timeOfDay(.clock)`.
    static let clockTime = TemporalRule(
        "clock time", anchors: RuleAnchors(["h", "heure", "heures", "midi", "minuit"], digits: [1, 2], within: 3)
    ) { c in
        // Most numbers it is tried at are no hour: a clock time has h, heure(s) or a colon right
        // after its number, which one look at the next token tells (`clock` reads much more).
        if c.isNumber(0), !(c.isWord(1, "h") || c.isText(1, ":") || c.isWord(1, "heures") || c.isWord(1, "heure")) {
            return nil
        }
        return clock(c, 0).map { RuleMatch(length: $0.length, meaning: .timeOfDay($0.time, on: nil)) }
    }

    /// A clock time at `at`, with its length.
    static func clock(_ c: TokenCursor, _ at: Int) -> (time: TimeOfDay, length: Int)? {
        if c.isWord(at, "midi") || c.isWord(at, "minuit") {
            // "après-midi", "l'après midi", "le Midi" (the south of France).
            guard !(c.isText(at - 1, "-") && c.isGlued(at)), !c.isWord(at - 1, "apres"),
                  !FrenchDateRules.isNameWord(c, at) else { return nil }
            var minute: Int?, length = 1
            if let (m, l) = minutesWord(c, at + 1) { (minute, length) = (m, 1 + l) }
            return (.clock(hour: c.isWord(at, "midi") ? 12 : 0, minute: minute), length)
        }
        let hour: Int, hourLength: Int
        if c.isNumber(at) {
            guard let (h, digits) = c.number(at), digits <= 2, !c.isNumber(at - 1) else { return nil }
            (hour, hourLength) = (h, 1)
            // "20:30".
            if c.isText(at + 1, ":"), c.isGlued(at + 1), let (minute, digits) = c.number(at + 2), digits == 2,
               c.isGlued(at + 2), hour <= 23, minute <= 59 {
                return (.clock(hour: hour, minute: minute), 3)
            }
        } else if let (h, l) = FrenchNumbers.spelled(c, at) {
            (hour, hourLength) = (h, l)
        } else {
            return nil
        }
        guard hour <= 24 else { return nil }
        let abbreviated = c.isWord(at + hourLength, "h")
        guard abbreviated || c.isWord(at + hourLength, "heure") || c.isWord(at + hourLength, "heures") else { return nil }
        var length = hourLength + 1
        var minute: Int?
        if let (value, digits) = c.number(at + length), digits == 2 || abbreviated && digits == 1, value <= 59 {
            minute = value
            length += 1
            if c.isWord(at + length, "min") { length += 1 }
        } else if let (m, l) = minutesWord(c, at + length) {
            minute = m
            length += l
        }
        var shift = 0
        if c.isWord(at + length, "du"), let w = c.word(at + length + 1), w == "matin" || w == "soir" {
            shift = w == "soir" && hour < 12 ? 12 : 0
            length += 2
        } else if c.isWord(at + length, "de"), c.isWord(at + length + 1, "l"), c.isText(at + length + 2, "'"),
                  c.isWord(at + length + 3, "apres"), let (_, l) = FrenchDateRules.partOfDay(c, at + length + 3) {
            shift = hour < 12 ? 12 : 0
            length += 3 + l
        }
        let qualified = shift > 0 || length > hourLength + 1
        let before = c.word(at - 1)
        if abbreviated {
            // "24 h sur 24", "pendant 2 h": amounts.
            if c.isWord(at + length, "sur"), c.isNumber(at + length + 1) { return nil }
            let amount = before.map { durationPrepositions.contains($0) || $0 == "a" && c.isWord(at - 2, "y") }
            if shift == 0, amount == true { return nil }
        } else if !qualified {
            guard let before, clockPrepositions.contains(before) else { return nil }
            switch before {
            case "a":
                // "il y a une heure" is an amount.
                guard !c.isWord(at - 2, "y") else { return nil }
            case "de":
                // "à partir de 14 heures", "aux alentours de 18 heures", "de 18 heures à 20 heures".
                let opening = ["partir", "alentours", "environs"].contains(c.word(at - 2) ?? "")
                guard opening || c.isWord(at + length, "a") else { return nil }
            case "et":
                // "entre 8 heures et 10 heures".
                guard (2...4).contains(where: { ["heures", "h"].contains(c.word(at - $0) ?? "") }) else { return nil }
            default:
                break
            }
        }
        guard hour + shift <= 24 else { return nil }
        return (.clock(hour: (hour + shift) % 24, minute: minute), length)
    }

    /// "et demie", "et quart" after an hour: the minutes and the length.
    static func minutesWord(_ c: TokenCursor, _ at: Int) -> (Int, Int)? {
        if c.isWord(at, "et"), let w = c.word(at + 1) {
            if w == "demie" || w == "demi" { return (30, 2) }
            if w == "quart" { return (15, 2) }
        }
        return nil
    }

    /// A part of day or "midi" after a day: "soir", "au soir", "en fin de matinée", with its length.
    static func partAfterDay(_ c: TokenCursor, _ at: Int)
        -> (time: TimeOfDay, modifier: TimexModifier?, length: Int)?
    {
        if let (part, l) = FrenchDateRules.partOfDay(c, at), part != .daytime { return (.part(part), nil, l) }
        if c.isWord(at, "midi") { return (.clock(hour: 12, minute: nil), nil, 1) }
        // "hier à 10 h", "samedi à 20 h 30": a day and its hour are one TIME, as TimeML writes
        // "twelve o'clock January 3". With a comma between ("le 4 janvier, à 18 h 30") they stay two.
        if c.isWord(at, "a"), let (time, l) = clock(c, at + 1) { return (time, nil, 1 + l) }
        if c.isWord(at, "au"), let w = c.word(at + 1), w == "soir" || w == "matin",
           let (part, l) = FrenchDateRules.partOfDay(c, at + 1) {
            return (.part(part), nil, 1 + l)
        }
        if c.isWord(at, "en"), let modifier = c.word(at + 1, in: FrenchLexicon.periodModifiers), let w = c.word(at + 1), w != "mi" {
            var next = at + 2
            guard c.isWord(next, "de") || c.isWord(next, "d") else { return nil }
            next += c.isWord(next, "d") ? 2 : 1
            guard let (part, l) = FrenchDateRules.partOfDay(c, next) else { return nil }
            return (.part(part), modifier, next - at + l)
        }
        return nil
    }

    /// "hier soir", "mardi après-midi", "le 6 mars au soir", "la veille au soir", "le lendemain matin",
    /// "hier en fin de journée", "hier à 10 h" → `.timeOfDay(part or clock, on: day)`.
    /// Its day is a match of `daysBeforePart` from the same position: it holds that rule's anchor.
    static let dayWithPart = TemporalRule("day with a part of day", anchors: .any(of: daysBeforePart)) { c in
        guard c.isNumber(0) || c.word(0, in: dayStarts), c.anyAhead(in: partEvidence),
              let day = FrenchDateRules.longest(daysBeforePart, c),
              day.skip == 0, let part = partAfterDay(c, day.length) else { return nil }
        let time = TemporalMeaning.timeOfDay(part.time, on: day.meaning)
        let meaning = part.modifier.map { .modified($0, time) } ?? time
        return RuleMatch(length: day.length + part.length, meaning: meaning)
    }

    /// What every match of `partAfterDay` holds: a part of day, "midi" or "minuit", or a clock
    /// time's unit or colon. The day rules run only where one of them follows.
    static let partEvidence = WordSet(FrenchLexicon.partsOfDay.keys + ["midi", "minuit", "h", "heure", "heures", ":"])

    /// The words `FrenchDateRules.partOfDay` starts with.
    static let partWords = FrenchLexicon.partsOfDay.keys + ["apres"]

    /// The rules of a day a part of day may follow ("hier soir", "le lendemain matin").
    static let daysBeforePart = FrenchDateRules.days + [FrenchRelativeRules.anaphoricDay]

    /// The first day of "la nuit de … à …".
    static let nightFirstDays = [FrenchDateRules.dayInList, FrenchDateRules.dayOfMonth, FrenchDateRules.weekday]

    /// Words a day before a part of day may start with ("hier", "mardi", "le", "ce").
    static let dayStarts = WordSet(FrenchLexicon.weekdays.keys).union([
        "le", "la", "l", "ce", "cet", "cette", "aujourd", "hier", "demain", "avant", "apres", "lendemain",
        "veille", "surlendemain", "premier",
    ])

    /// "ce matin", "ce soir", "cet après-midi", "cette nuit", "la nuit dernière", "le matin même".
    static let demonstrativePart = TemporalRule(
        "part of day of the document day", anchors: RuleAnchors(partWords, within: 2)
    ) { c in
        // "cette soirée" is mostly an event ("cette soirée, animée par…").
        if FrenchDateRules.demonstrativeLength(c, 0) == 1, let (part, l) = FrenchDateRules.partOfDay(c, 1),
           part != .daytime, !c.isWord(1, "soiree") {
            return RuleMatch(length: 1 + l, meaning: .timeOfDay(.part(part), on: .dayOffset(0, from: .documentDate)))
        }
        let determiner = FrenchDateRules.determinerLength(c, 0)
        guard determiner > 0, let (part, l) = FrenchDateRules.partOfDay(c, determiner) else { return nil }
        let end = determiner + l
        if c.isWord(end, "meme") {
            return RuleMatch(length: end + 1, meaning: .timeOfDay(.part(part), on: .dayOffset(0, from: .reference)))
        }
        if part == .night, let w = c.word(end), w == "derniere" || w == "passee" {
            return RuleMatch(length: end + 1, meaning: .timeOfDay(.part(part), on: .dayOffset(-1, from: .documentDate)))
        }
        return nil
    }

    /// "la nuit de samedi à dimanche", "la nuit du 3 au 4 mars", "la nuit de mardi" → the night of
    /// the first day.
    static let nightOfDays = TemporalRule("night between two days", anchors: RuleAnchors(["nuit"], within: 2)) { c in
        let determiner = FrenchDateRules.determinerLength(c, 0)
        guard c.isWord(determiner, "nuit"), let link = c.word(determiner + 1), link == "de" || link == "du",
              let inner = FrenchDateRules.shifted(c, determiner + 2),
              let first = FrenchDateRules.longest(nightFirstDays, inner)
        else { return nil }
        var at = determiner + 2 + first.length
        if let w = c.word(at), w == "a" || w == "au", let rest = FrenchDateRules.shifted(c, at + 1),
           let second = FrenchDateRules.longest(FrenchDateRules.days, rest) {
            at += 1 + second.length
        }
        return RuleMatch(length: at, meaning: .timeOfDay(.part(.night), on: first.meaning))
    }

    /// Prepositions that make "la nuit", "la soirée" the night or evening of the reference day.
    static let partPrepositions: WordSet = ["dans", "pendant", "durant", "de", "des", "vers", "jusque", "en"]

    /// "dans la nuit", "pendant la soirée", "au cours de la matinée", "en soirée", "en fin de matinée"
    /// → `.timeOfDay(part, on: nil)`, on the reference day.
    static let partAfterPreposition = TemporalRule(
        "part of day after a preposition",
        anchors: RuleAnchors(partWords + FrenchLexicon.periodModifiers.keys, within: 2)
    ) { c in
        guard let before = c.word(-1), partPrepositions.contains(before) else { return nil }
        if before == "en" {
            if let (part, l) = FrenchDateRules.partOfDay(c, 0), ["soiree", "matinee", "journee"].contains(c.word(0)) {
                return RuleMatch(length: l, meaning: .timeOfDay(.part(part), on: nil))
            }
            guard let modifier = c.word(0, in: FrenchLexicon.periodModifiers), let w = c.word(0), w != "mi",
                  let link = c.word(1), link == "de" || link == "d" else { return nil }
            let at = link == "d" ? 3 : 2
            guard let (part, l) = FrenchDateRules.partOfDay(c, at) else { return nil }
            return RuleMatch(length: at + l, meaning: .modified(modifier, .timeOfDay(.part(part), on: nil)))
        }
        let determiner = FrenchDateRules.determinerLength(c, 0)
        // "le matin", "le soir" alone are mostly habitual ("le matin, il court").
        guard determiner > 0, let (part, l) = FrenchDateRules.partOfDay(c, determiner),
              !c.isWord(determiner, "matin"), !c.isWord(determiner, "soir") else { return nil }
        // "la nuit de samedi", "la journée d'action": another rule or not a time.
        if let next = c.word(determiner + l), ["de", "d", "du", "des"].contains(next) { return nil }
        if part == .daytime && before != "dans" { return nil }
        return RuleMatch(length: determiner + l, meaning: .timeOfDay(.part(part), on: nil))
    }
}
