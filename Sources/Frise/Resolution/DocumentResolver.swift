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
        // Each meaning read where its mention lies (a `zip` copies every mention), and only when
        // the estimator asks: made for every article, the list copied every meaning, its boxes
        // retained, where most articles give their day and the estimator reads none.
        let anchor = PublicationDayEstimator.estimate(date, cues: mentions.withUnsafeBufferPointer { mentions in
            mentions.indices.map { (meaning: mentions[$0].meaning, tense: tenses[$0]) }
        })
        var values = resolveAll(mentions, tenses: tenses, anchor: anchor)
        let latest = date.precision < .day && anchor != date.span.upperBound
            ? resolveAll(mentions, tenses: tenses, anchor: date.span.upperBound) : nil
        var expressions: [TemporalExpression] = []
        expressions.reserveCapacity(mentions.count)
        // Values moved out of their array into the expressions, not copied (each copy retains and
        // releases the value's strings).
        for index in mentions.indices {
            guard var value = values[index].take() else { continue }
            if let latest, latest[index] != value { value.certainty = .estimated }
            expressions.append(TemporalExpression(mention: mentions[index], value: value, tense: tenses[index]))
        }
        return (anchor, expressions)
    }

    private func resolveAll(_ mentions: [TemporalMention], tenses: [Tense], anchor: CalendarDay) -> [TimeValue?] {
        // One context, its reference moved on as the narrative goes.
        var context = ResolutionContext(anchor: anchor)
        var values: [TimeValue?] = []
        values.reserveCapacity(mentions.count)
        for (meaning, tense) in zip(Self.meaningsWithDays(mentions), tenses) {
            context.tense = tense
            let value = resolver.resolve(meaning, in: context)
            // Durations, recurrences and vague times date nothing: they leave the reference as it was.
            if let value, value.type == .date || value.type == .time, let start = value.start {
                // "vers 15 h 30, hier": the day does not replace the finer time it holds.
                let holdsReference = context.referenceValue.map {
                    $0.start == start && value.granularity == .day && $0.granularity > .day
                } ?? false
                if !holdsReference { context.referenceValue = value }
                if value.granularity >= .day { context.reference = start }
            }
            values.append(value)
        }
        return values
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
