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
