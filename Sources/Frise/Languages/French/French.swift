/// The French language pack.
public struct French: LanguagePack {
    public init() {}

    public var code: String { "fr" }

    public var temporalRules: [TemporalRule] { FrenchDateRules.all }

    public var eventGrammar: any EventGrammar { FrenchEventGrammar() }

    public func tenses(around ranges: [Range<Int>], in text: TokenizedText) -> [Tense] {
        FrenchTense.tenses(around: ranges, in: text)
    }
}

extension French {
    /// The building of the tables event extraction reads, in two halves of about equal cost: the
    /// verb forms and what is made from them; the names, places and the words that are none
    /// (with the tagger's). Each table is otherwise built by the first article that needs it.
    static let tableBuilds: [@Sendable () -> Void] = [
        { _ = (FrenchEventLexicon.verbFormReadings, FrenchTriggers.participles) },
        { _ = (FrenchGazetteer.namePrefixes, FrenchParticipants.notNameWords, French.gate, FrenchDateRules.all) },
    ]
}
