/// What a temporal expression means before it is anchored in the calendar.
///
/// Recognizers produce meanings; only the `Resolver` turns them into
/// `TimeValue`s, given a `ResolutionContext`. This keeps "ce mercredi" a
/// weekday with a modifier until the document date and the clause's tense are known.
public enum TemporalMeaning: Hashable, Sendable {
    /// A calendar day, possibly without its year ("le 6 janvier", "jeudi 2 mars", "le 6 mai dernier").
    case dayOfMonth(day: Int, month: Int, year: Int?, weekday: Weekday?, Deixis)
    /// A month, possibly without its year ("en mars", "janvier 2022", "septembre dernier").
    case month(Int, year: Int?, Deixis)
    /// A full year ("en 2023").
    case year(Int)
    /// A weekday, directed by its modifier or the clause's tense ("ce mercredi", "lundi dernier").
    case weekday(Weekday, Deixis)
    /// A day counted from an anchor ("hier" = -1 from the DCT, "la veille" = -1 from the reference time).
    case dayOffset(Int, from: Anchor)
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
