/// The French language pack.
public struct French: LanguagePack {
    public init() {}

    public var code: String { "fr" }

    public var temporalRules: [TemporalRule] { FrenchDateRules.all }

    public func withRecognition<Result>(_ body: ([TemporalRule], MentionGate?) -> Result) -> Result {
        body(FrenchDateRules.all, Self.gate)
    }

    public var eventGrammar: any EventGrammar { FrenchEventGrammar() }

    public func tenses(around ranges: [Range<Int>], in text: TokenizedText) -> [Tense] {
        FrenchTense.tenses(around: ranges, in: text)
    }
}

extension French {
    /// The building of the tables event extraction reads, in two parts: the verb forms and their
    /// readings (23 million instructions at 4dc87a3, callgrind; 28 million before); the names,
    /// places, the words that are none, the participles and the tagger's tables (15 million).
    /// The participles, conjugated apart from the verb forms, went with them (30 million against
    /// 13). Each table is otherwise built by the first article that needs it.
    static let tableBuilds: [@Sendable () -> Void] = [
        { _ = FrenchEventLexicon.verbFormReadings },
        {
            _ = (FrenchGazetteer.namePrefixes, FrenchGazetteer.nameSecondWords, FrenchParticipants.notNameWords, FrenchTriggers.participles,
                 French.gate, FrenchDateRules.all)
        },
    ]
}
