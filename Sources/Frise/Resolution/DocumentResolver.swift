/// Resolves every temporal expression of one article, in reading order.
///
/// It reads each mention's tense, estimates the publication day when the DCT
/// is coarser than a day, then resolves mentions one by one, carrying the
/// reference time forward for anaphora. When the DCT was estimated, it resolves
/// again against the last day of the DCT's span: values that change rest on
/// the estimate and are marked `estimated`.
public struct DocumentResolver: Sendable {
    public let pack: any LanguagePack
    let resolver = Resolver()

    public init(pack: any LanguagePack) { self.pack = pack }

    /// The resolved expressions and the publication day used.
    public func resolve(_ mentions: [TemporalMention], in text: TokenizedText, date: DocumentDate)
        -> (anchor: CalendarDay, expressions: [TemporalExpression])
    {
        let tenses = pack.tenses(around: mentions.map(\.tokens), in: text)
        let cues = zip(mentions, tenses).map { (meaning: $0.meaning, tense: $1) }
        let anchor = PublicationDayEstimator.estimate(date, cues: cues)
        let values = resolveAll(mentions, tenses: tenses, anchor: anchor)
        var expressions: [TemporalExpression] = []
        if date.precision < .day && anchor != date.span.upperBound {
            let latest = resolveAll(mentions, tenses: tenses, anchor: date.span.upperBound)
            for (index, mention) in mentions.enumerated() {
                guard var value = values[index] else { continue }
                if latest[index] != value { value.certainty = .estimated }
                expressions.append(TemporalExpression(mention: mention, value: value, tense: tenses[index]))
            }
        } else {
            for (index, mention) in mentions.enumerated() {
                guard let value = values[index] else { continue }
                expressions.append(TemporalExpression(mention: mention, value: value, tense: tenses[index]))
            }
        }
        return (anchor, expressions)
    }

    private func resolveAll(_ mentions: [TemporalMention], tenses: [Tense], anchor: CalendarDay) -> [TimeValue?] {
        var reference: CalendarDay?
        var referenceValue: TimeValue?
        let meanings = Self.meaningsWithDays(mentions)
        return zip(meanings, tenses).map { meaning, tense in
            let context = ResolutionContext(
                anchor: anchor, reference: reference, tense: tense, referenceValue: referenceValue)
            let value = resolver.resolve(meaning, in: context)
            // Durations, recurrences and vague times date nothing: they leave the reference as it was.
            if let value, value.type == .date || value.type == .time, let start = value.start {
                // "vers 15 h 30, hier": the day does not replace the finer time it holds.
                let holdsReference = referenceValue.map {
                    $0.start == start && value.granularity == .day && $0.granularity > .day
                } ?? false
                if !holdsReference { referenceValue = value }
                if value.granularity >= .day { reference = start }
            }
            return value
        }
    }

    /// The mentions' meanings, where a time of day without its day takes the day written
    /// right after it ("vers 0 h 40, jeudi", "15 h 30, hier").
    static func meaningsWithDays(_ mentions: [TemporalMention]) -> [TemporalMeaning] {
        mentions.indices.map { index in
            let mention = mentions[index]
            guard case let .timeOfDay(time, on: nil) = mention.meaning, index + 1 < mentions.count else {
                return mention.meaning
            }
            let next = mentions[index + 1]
            guard next.sentence == mention.sentence, next.tokens.lowerBound - mention.tokens.upperBound <= 1 else {
                return mention.meaning
            }
            switch next.meaning {
            case .weekday, .dayOfMonth, .dayOffset(_, from: .documentDate):
                return .timeOfDay(time, on: next.meaning)
            default:
                return mention.meaning
            }
        }
    }
}
