/// What a temporal expression means before it is anchored in the calendar.
///
/// Recognizers produce meanings; only the `Resolver` turns them into
/// `TimeValue`s, given a `ResolutionContext`. This keeps "ce mercredi" a
/// weekday with a modifier until the document date and the clause's tense are known.
public enum TemporalMeaning: Hashable, Sendable {
    /// A calendar day, possibly without its year ("le 6 janvier", "jeudi 2 mars").
    case dayOfMonth(day: Int, month: Int, year: Int?, weekday: Weekday?)
    /// A month, possibly without its year ("en mars", "janvier 2022").
    case month(Int, year: Int?)
    /// A full year ("en 2023").
    case year(Int)
    /// A weekday, directed by its modifier or the clause's tense ("ce mercredi", "lundi dernier").
    case weekday(Weekday, WeekdayModifier)
    /// A day counted from an anchor ("hier" = -1 from the DCT, "la veille" = -1 from the reference time).
    case dayOffset(Int, from: Anchor)
}

/// What a weekday's determiner or adjective says about its direction.
public enum WeekdayModifier: String, Hashable, Sendable {
    /// "lundi": direction from the tense.
    case bare
    /// "ce lundi": the one of the current week, direction from the tense.
    case this
    /// "lundi dernier": strictly before the anchor.
    case last
    /// "lundi prochain": strictly after the anchor.
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

    public init(range: Range<Int>, text: String, meaning: TemporalMeaning, sentence: Int) {
        self.range = range
        self.text = text
        self.meaning = meaning
        self.sentence = sentence
    }
}

/// A mention with its resolved value.
public struct TemporalExpression: Hashable, Sendable {
    public var mention: TemporalMention
    public var value: TimeValue

    public init(mention: TemporalMention, value: TimeValue) {
        self.mention = mention
        self.value = value
    }
}
