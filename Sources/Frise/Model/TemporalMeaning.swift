/// What a temporal expression means before it is anchored in the calendar.
///
/// Recognizers produce meanings; only the `Resolver` turns them into
/// `TimeValue`s, given a `ResolutionContext`. This keeps "ce mercredi" a
/// weekday with a modifier until the document date and the clause's tense are known.
public indirect enum TemporalMeaning: Hashable, Sendable {
    /// A calendar day, possibly without its year ("le 6 janvier", "jeudi 2 mars", "le 6 mai dernier").
    case dayOfMonth(day: Int, month: Int, year: Int?, weekday: Weekday?, Deixis)
    /// A month, possibly without its year ("en mars", "janvier 2022", "septembre dernier").
    case month(Int, year: Int?, Deixis)
    /// A full year ("en 2023").
    case year(Int)
    /// A weekday, directed by its modifier or the clause's tense ("ce mercredi", "lundi dernier").
    case weekday(Weekday, Deixis)
    /// A weekday with its day of the month but no month ("samedi 12"): the nearest such day.
    case weekdayAndDay(Weekday, day: Int)
    /// A day counted from an anchor ("hier" = -1 from the DCT, "la veille" = -1 from the reference time).
    case dayOffset(Int, from: Anchor)
    /// The calendar period of `unit` holding the anchor moved by whole units:
    /// "la semaine dernière" = -1 week from the DCT, "l'année suivante" = +1 year
    /// from the reference time, "cette année" = 0, "il y a trois mois" = -3 months.
    case periodOffset(Int, CalendarUnit, from: Anchor)
    /// A weekend directed like a weekday ("ce week-end", "le week-end dernier").
    case weekend(Deixis)
    /// A quarter, a half or a season, possibly without its year ("au premier trimestre", "l'été 2019").
    case partOfYear(PartOfYear, year: Int?, Deixis)
    /// A decade by its first three digits ("les années 1990" → 199).
    case decade(Int)
    /// A century by its first two digits ("le XXe siècle" → 19).
    case century(Int)
    /// A feast day, possibly without its year ("à Noël", "Pâques 2024", "la Toussaint").
    case holiday(Holiday, year: Int?, Deixis)
    /// A clock time or a part of a day on a day; `on: nil` is the reference day
    /// ("20 h 30", "hier soir", "mardi après-midi", "la nuit").
    case timeOfDay(TimeOfDay, on: TemporalMeaning?)
    /// The time the narrative last mentioned, at its own grain ("à ce moment-là").
    case reference
    /// An amount of time ("trois jours", "deux ans et demi", "quelques semaines").
    case duration(Duration)
    /// A recurring time ("chaque lundi", "tous les ans", "deux fois par semaine", "quotidien").
    case recurrence(Recurrence)
    /// The past, present or future in general ("récemment", "désormais", "bientôt").
    case vague(VagueTime)
    /// A value narrowed or loosened by a TIMEX3 modifier ("début octobre", "environ deux mois").
    case modified(TimexModifier, TemporalMeaning)
}

/// What a determiner or adjective says about the direction of a yearless date.
public enum Deixis: String, Hashable, Sendable {
    /// "lundi", "le 6 janvier": direction from the clause's tense.
    case bare
    /// "ce lundi": the one of the current week, direction from the tense.
    case this
    /// "lundi dernier", "septembre dernier": strictly before the anchor.
    case last
    /// "lundi prochain", "juin prochain": strictly after the anchor.
    case next
}

/// What an offset is counted from.
public enum Anchor: String, Hashable, Sendable {
    /// The document creation time (deictic: "hier", "demain").
    case documentDate
    /// The last date the narrative mentioned (anaphoric: "la veille", "le lendemain").
    case reference
}

/// A temporal expression found in a text, with its meaning not yet resolved.
public struct TemporalMention: Hashable, Sendable {
    /// Unicode-scalar offsets into the body, end exclusive.
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    public var meaning: TemporalMeaning
    /// Index of the sentence holding the expression.
    public var sentence: Int
    /// Indices of the tokens the expression covers.
    public var tokens: Range<Int>

    public init(range: Range<Int>, text: String, meaning: TemporalMeaning, sentence: Int, tokens: Range<Int>) {
        self.range = range
        self.text = text
        self.meaning = meaning
        self.sentence = sentence
        self.tokens = tokens
    }
}

/// A mention with its resolved value.
public struct TemporalExpression: Hashable, Sendable {
    public var mention: TemporalMention
    public var value: TimeValue
    /// The tense of the clause that directed it.
    public var tense: Tense

    public init(mention: TemporalMention, value: TimeValue, tense: Tense = .present) {
        self.mention = mention
        self.value = value
        self.tense = tense
    }
}
