/// The French rules for amounts of time: "trois jours", "deux ans et demi",
/// "quelques semaines", "ces derniers jours", "environ une heure", "un quart de siècle".
///
/// An amount is a DURATION even without an anchor; the preposition before it
/// stays out of the span ("depuis [trois ans]"). Ages ("une fillette de 6 ans",
/// "Paul, 27 ans,") and the 35-hour law ("les 35 heures") are not amounts of time.
enum FrenchDurationRules {
    static let all: [TemporalRule] = [duration, durationNoun]

    /// An amount of time as written: its amount in `unit` (nil when unspecified) and its token length.
    struct Measure {
        var amount: Double?
        var unit: DurationUnit
        var length: Int
        /// The folded unit word ("ans", "heures").
        var unitWord: String
    }

    /// A unit noun at `at` ("jours", "trimestre", "h"), with the amount one of it stands for.
    static func unit(_ c: TokenCursor, _ at: Int) -> (unit: DurationUnit, factor: Double, word: String)? {
        if c.isWord(at, "h") { return (.hour, 1, "h") }
        if c.isWord(at, "min") { return (.minute, 1, "min") }
        return c.word(at, in: FrenchLexicon.durationUnits).map { ($0.unit, $0.factor, c.word(at)!) }
    }

    /// The anchors of an amount of time read at most `offset` tokens on: its unit, at most seven
    /// tokens after the amount's start ("3.000 quarts d'heure", "1 500 longues années": a number
    /// in digits is at most three tokens), or the amount's first token when it is a number word,
    /// from which a number spelled in words runs any length.
    static func measureAnchors(from offset: Int) -> RuleAnchors {
        RuleAnchors(FrenchLexicon.durationUnits.keys + ["h", "min"], within: offset + 7)
            .or(RuleAnchors(FrenchNumbers.words.keys, within: offset))
    }

    /// An amount of time at `at`: a quantity, adjectives, a unit, "et demi".
    ///
    /// With `bare`, the quantity may be missing ("ces derniers [jours]"): the amount is then unspecified.
    static func measure(_ c: TokenCursor, _ at: Int, bare: Bool = false) -> Measure? {
        guard let first = c.index(at) else { return nil }
        // Most tokens start no amount: one look-up rejects them.
        if !bare, c.tokens[first].kind != .number, FrenchLexicon.quantityStarts[token: c.tokens[first], in: c.foldedBytes] == nil { return nil }
        var i = at
        var amount: Double?
        let article = c.isWord(i, "un") || c.isWord(i, "une")
        if c.word(i, in: FrenchLexicon.vagueQuantities) {
            i += 1
        } else if article, let f = c.word(i + 1), f == "demi" || f == "quart" {
            // "une demi-heure", "un quart d'heure", "un demi-siècle", "un quart de siècle".
            var j = i + 2
            if c.isText(j, "-") {
                j += 1
            } else if c.isWord(j, "d"), c.isText(j + 1, "'") {
                j += 2
            } else if c.isWord(j, "de") {
                j += 1
            } else {
                return nil
            }
            guard let u = unit(c, j) else { return nil }
            let fraction = f == "demi" ? 0.5 : 0.25
            return Measure(amount: fraction * u.factor, unit: u.unit, length: j + 1 - at, unitWord: u.word)
        } else if article, let n = c.word(i + 1, in: FrenchLexicon.approximateNumbers),
                  let link = c.word(i + 2), link == "de" || link == "d" {
            // "une dizaine de jours", "une quinzaine d'années".
            amount = Double(n)
            i += link == "d" ? 4 : 3
        } else if let (value, length) = FrenchNumbers.cardinal(c, i) {
            amount = value
            i += length
            // "trois quarts d'heure".
            if c.isWord(i, "quarts"), c.isWord(i + 1, "d"), c.isText(i + 2, "'") {
                amount = value * 0.25
                i += 3
            }
        } else if !bare {
            return nil
        }
        if c.word(i, in: FrenchLexicon.unitAdjectives) { i += 1 }
        guard let u = unit(c, i) else { return nil }
        i += 1
        if amount != nil, c.isWord(i, "et"), c.isWord(i + 1, "demi") || c.isWord(i + 1, "demie") {
            amount! += 0.5
            i += 2
        } else if amount != nil, u.word == "h", let m = c[i], m.kind == .number, m.digitCount == 2,
                  let minutes = m.number, minutes < 60 {
            amount! += Double(minutes) / 60  // "2 h 10"
            i += 1
        }
        return Measure(amount: amount.map { $0 * u.factor }, unit: u.unit, length: i - at, unitWord: u.word)
    }

    /// "trois jours", "environ deux mois", "des années", "ces derniers jours", "les trois derniers mois"
    /// → `.duration`.
    static let duration = TemporalRule("duration", anchors: measureAnchors(from: 2)) { c in
        var at = 0
        var modifier: TimexModifier?
        if c.isWord(0, "environ") {
            modifier = .approx
            at = 1
        }
        let found: Measure
        let start = at
        if c.isWord(at, "des"), let u = unit(c, at + 1), u.word.hasSuffix("s") || u.word == "mois" {
            // "depuis des années", "pendant des heures", "des mois durant"; not "des heures d'ouverture".
            let introduced = c.word(at - 1, in: vagueDurationPrepositions)
            guard introduced || c.isWord(at + 2, "durant") || c[at + 2].map({ $0.kind == .punctuation }) ?? true
            else { return nil }
            found = Measure(amount: nil, unit: u.unit, length: 2, unitWord: u.word)
        } else if c.isWord(at, "ces") || c.isWord(at, "les"),
                  let m = measure(c, at + 1, bare: true), hasRelativeAdjective(c, at + 1, m.length) {
            // "ces derniers jours", "les trois derniers mois", "les prochaines semaines".
            found = Measure(amount: m.amount, unit: m.unit, length: m.length + 1, unitWord: m.unitWord)
        } else if c.isWord(at, "ces"), let m = measure(c, at + 1) {
            found = Measure(amount: m.amount, unit: m.unit, length: m.length + 1, unitWord: m.unitWord)
        } else if let m = measure(c, at) {
            found = m
        } else {
            return nil
        }
        guard !isExcluded(found, c, start) else { return nil }
        let meaning = TemporalMeaning.duration(Duration(found.amount, found.unit))
        return RuleMatch(length: start + found.length, meaning: modifier.map { .modified($0, meaning) } ?? meaning)
    }

    /// Words before "des années", "des heures" that make them an amount of time.
    static let vagueDurationPrepositions: WordSet = [
        "depuis", "pendant", "durant", "a", "apres", "avant", "pour", "dans", "en", "passe", "passer", "mis", "dure",
    ]

    /// True when the words between the quantity and the unit hold "derniers", "prochains", "premiers".
    static func hasRelativeAdjective(_ c: TokenCursor, _ at: Int, _ length: Int) -> Bool {
        (at..<(at + length)).contains { offset in
            guard let w = c.word(offset) else { return false }
            return w.hasPrefix("dernier") || w.hasPrefix("prochain") || w.hasPrefix("premier")
        }
    }

    /// Amounts that are not times: ages, the 35-hour law, "un jour" (some day), "une seconde fois".
    static func isExcluded(_ m: Measure, _ c: TokenCursor, _ start: Int) -> Bool {
        let end = start + m.length
        if c.isNumber(start - 1) { return true }
        if c.isText(start - 1, "-"), c.isNumber(start - 2) { return true }  // "les 6-16 ans"
        let before = c.word(start - 1)
        // "24 h sur 24", "7 jours sur 7": always, not an amount.
        if c.isWord(end, "sur"), c.isNumber(end + 1) { return true }
        // "les 35 heures", "le retour aux 39 heures": the working-time laws; "le 20 heures": the news.
        if m.unit == .hour && ["les", "des", "aux", "le", "du", "au"].contains(before ?? "") { return true }
        if m.amount == 1, c.isWord(start, "une"), m.unitWord == "seconde" {
            return !(c[end].map { $0.kind == .punctuation } ?? true)
        }
        if m.amount == 1, ["jour", "journee"].contains(m.unitWord), c.isWord(start, "un") || c.isWord(start, "une") {
            let anchored = ["pendant", "durant", "depuis", "en", "pour", "sur", "apres", "avant", "dans"]
            return !(c.isWord(end, "de") || c.isWord(end, "d") || before.map(anchored.contains) == true)
        }
        return (m.unitWord == "ans" || m.unitWord == "annees") && isAge(c, start, end)
    }

    /// "Paul, 27 ans,", "une fillette de 6 ans", "âgé de 54 ans", "les moins de 17 ans", "à 45 ans,".
    static func isAge(_ c: TokenCursor, _ start: Int, _ end: Int) -> Bool {
        let previous = c.text(start - 1)
        let next = c.text(end)
        if previous == "," || previous == "(", next == nil || [",", ")", ".", ";"].contains(next!) { return true }
        if previous == "de" || previous == "'" && c.isWord(start - 2, "d") {
            let headAt = previous == "de" ? start - 2 : start - 3
            guard let head = c.word(headAt) else { return false }
            if head == "plus" || head == "moins" {
                return ["les", "des", "aux"].contains(c.word(headAt - 1) ?? "")
            }
            if FrenchLexicon.durationHeads.contains(head) || ["pres", "environ", "quelque", "ici"].contains(head) {
                return false
            }
            return c.isWord(start - 1, "de") || previous == "'"
        }
        if previous == "a", !c.isWord(start - 2, "ici"), !c.isWord(end, "de"), !c.isWord(end, "d") { return true }
        return false
    }

    /// "quinquennat", "septennat" → `.duration`.
    static let durationNoun = TemporalRule("duration noun", anchors: RuleAnchors(FrenchLexicon.durationNouns.keys, within: 0)) { c in
        c.word(0, in: FrenchLexicon.durationNouns).map { RuleMatch(length: 1, meaning: .duration($0)) }
    }
}
