/// What a language contributes: its temporal rules and its tense reading.
///
/// A new language is a new folder under `Languages/` with one type conforming
/// to this protocol, registered in `LanguagePacks.all`.
public protocol LanguagePack: Sendable {
    /// ISO 639-1 code ("fr").
    var code: String { get }
    /// Rules in priority order.
    var temporalRules: [TemporalRule] { get }
    /// The tokens where the rules can match, or nil to try them at every token.
    var mentionGate: MentionGate? { get }
    /// `body` given `temporalRules` and `mentionGate` as they lie, which the recognizer reads for
    /// every text: through the properties, each a copy, every reference they hold retained and
    /// released (the gate's tables: fifteen).
    func withRecognition<Result>(_ body: ([TemporalRule], MentionGate?) -> Result) -> Result
    /// Clauses, triggers and participants for event extraction.
    var eventGrammar: any EventGrammar { get }
    /// The tense of the clause around each token range (each within one sentence).
    func tenses(around ranges: [Range<Int>], in text: TokenizedText) -> [Tense]
}

extension LanguagePack {
    public func withRecognition<Result>(_ body: ([TemporalRule], MentionGate?) -> Result) -> Result {
        body(temporalRules, mentionGate)
    }
}

/// The grammatical time of a clause, as far as direction is concerned.
public enum Tense: String, Sendable {
    /// Passé composé, imparfait, plus-que-parfait, passé simple.
    case past
    /// Futur, conditionnel, "prévu", "doit".
    case future
    /// Present, or no verb found.
    case present
}

/// The language packs Frise knows, by code.
public enum LanguagePacks {
    public static let all: [any LanguagePack] = [French()]

    public static func pack(for code: String) -> any LanguagePack {
        all.first { $0.code == code } ?? all[0]
    }
}
