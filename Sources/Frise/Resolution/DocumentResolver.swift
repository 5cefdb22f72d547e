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
        let tenses = mentions.map { mention in
            pack.tense(around: mention.tokens, in: text, sentence: text.sentences[mention.sentence])
        }
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
        return zip(mentions, tenses).map { mention, tense in
            let value = resolver.resolve(
                mention.meaning, in: ResolutionContext(anchor: anchor, reference: reference, tense: tense))
            if let value, value.granularity >= .day, let start = value.start { reference = start }
            return value
        }
    }
}
