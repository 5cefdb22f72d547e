/// The French language pack.
public struct French: LanguagePack {
    public init() {}

    public var code: String { "fr" }

    public var temporalRules: [TemporalRule] { FrenchDateRules.all }

    public var eventGrammar: any EventGrammar { FrenchEventGrammar() }

    public func tense(around range: Range<Int>, in text: TokenizedText, sentence: Sentence) -> Tense {
        FrenchTense.tense(around: range, in: text, sentence: sentence)
    }
}
