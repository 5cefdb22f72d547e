import Foundation
import Testing
@testable import Frise

/// The `MentionGate` only saves work: the gated recognizer finds exactly the mentions of the
/// exhaustive one, which tries every rule at every token.
@Suite struct RecognizerGateTests {
    static func texts() -> [String] {
        var texts = CorpusCase.loadAll().map(\.sentence)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for folder in ["fixtures", "seeds"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) {
                    texts.append(text)
                }
            }
        }
        return texts
    }

    @Test func gatedRecognitionEqualsExhaustiveRecognition() {
        let gated = Recognizer(pack: French()), exhaustive = Recognizer(pack: French(), exhaustive: true)
        let texts = Self.texts()
        #expect(texts.count > 400)
        for text in texts {
            let tokenized = TokenizedText(text)
            let expected = exhaustive.mentions(in: tokenized).map { "\($0.range) \($0.text)" }
            let found = gated.mentions(in: tokenized).map { "\($0.range) \($0.text)" }
            #expect(found == expected, "\(text)")
        }
    }

    /// Each rule's `RuleAnchors` is a promise: wherever the rule matches, the gate selects it.
    /// Checked rule by rule, which catches a wrong anchor that another rule's match would hide.
    @Test func everyRuleMatchHoldsItsAnchor() {
        let rules = FrenchDateRules.all
        #expect(French.gate.indexedRules == rules.count)
        #expect(rules.filter { $0.anchors != nil }.count >= rules.count * 3 / 4, "most rules state their anchors")
        var matches = 0
        for text in Self.texts() {
            let tokenized = TokenizedText(text)
            for position in tokenized.tokens.indices {
                let cursor = TokenCursor(text: tokenized, position: position)
                let selected = French.gate.rules(at: position, in: tokenized)
                for (index, rule) in rules.enumerated() where rule.match(cursor) != nil {
                    matches += 1
                    #expect(selected & 1 << index != 0, "\(rule.name) at \(tokenized.folded(position)): \(text)")
                }
            }
        }
        #expect(matches > 800)
    }

    /// A rule whose anchor is not within its reach is not tried.
    @Test func theGateSkipsRulesWithoutTheirAnchor() {
        let rules = FrenchDateRules.all
        let text = TokenizedText("Le chiffre d'affaires du premier trimestre 2023 a progressé.")
        let position = text.tokens.indices.first { text.folded($0) == "premier" }!
        let selected = French.gate.rules(at: position, in: text)
        let names = rules.indices.filter { selected & 1 << $0 != 0 }.map { rules[$0].name }
        #expect(names.contains("quarter or half"))
        #expect(!names.contains("day of month") && !names.contains("weekday") && !names.contains("season"))
        #expect(names.contains("duration"), "trimestre is a unit")
        // A year is a number of four digits, a day of one or two.
        let beforeYear = text.tokens.indices.first { text.folded($0) == "trimestre" }!
        let nearYear = French.gate.rules(at: beforeYear, in: text)
        let namesNearYear = rules.indices.filter { nearYear & 1 << $0 != 0 }.map { rules[$0].name }
        #expect(namesNearYear.contains("year") && !namesNearYear.contains("day in a list"))
    }

    /// "day with a part of day" runs the day rules only where a part of day or a clock time
    /// follows in the sentence: every way `partAfterDay` has of reading one must still match.
    @Test(arguments: [
        "hier soir", "mardi après-midi", "le 6 mars au soir", "hier en fin de journée", "samedi à 20 h 30",
        "lundi à 20:30", "hier à midi", "la veille au matin", "dimanche à minuit", "le lendemain à huit heures",
    ])
    func aDayWithAPartOfDayIsOneMention(phrase: String) {
        let text = TokenizedText("Il est venu \(phrase), dit-on.")
        let mentions = Recognizer(pack: French()).mentions(in: text).map(\.text)
        #expect(mentions.contains(phrase), "\(mentions)")
        let start = text.tokens.firstIndex { $0.byteStart == Array("Il est venu ".utf8).count }!
        #expect(FrenchTimeRules.dayWithPart.match(TokenCursor(text: text, position: start)) != nil)
    }

    /// A number leads an amount of time only with its unit a few tokens on: "duration" is not
    /// tried at "45" in "45 députés ont voté", but is at "45" in "45 longues années".
    @Test func durationsNeedTheirUnitNearANumber() {
        let rules = FrenchDateRules.all
        let duration = rules.firstIndex { $0.name == "duration" }!
        for (text, tried) in [("Les 45 députés ont voté la loi.", false), ("Après 45 longues années de guerre.", true)] {
            let tokenized = TokenizedText(text)
            let position = tokenized.tokens.indices.first { tokenized.folded($0) == "45" }!
            #expect((French.gate.rules(at: position, in: tokenized) & 1 << duration != 0) == tried, "\(text)")
        }
    }

    /// Anchors at their distances, alternatives, numbers by digits; rules without anchors everywhere.
    @Test func theGateIndexesAnyRules() {
        let none = TemporalRule("no anchor") { _ in nil }
        let near = TemporalRule("x at most one on, or a two-digit number here", anchors: RuleAnchors(["x"], within: 1)
            .or(.number(digits: [2], within: 0))) { _ in nil }
        let gate = MentionGate(anchors: [], leads: [], reach: 1, rules: [none, near])
        func selected(_ text: String, at position: Int) -> UInt64 {
            gate.rules(at: position, in: TokenizedText(text))
        }
        #expect(selected("a b c", at: 0) == 0b01)
        #expect(selected("a x c", at: 0) == 0b11 && selected("a b x", at: 0) == 0b01)
        #expect(selected("a 12 c", at: 1) == 0b11 && selected("a 12 c", at: 0) == 0b01 && selected("a 123", at: 1) == 0b01)
        #expect(selected("a. x", at: 0) == 0b01, "not past the sentence")
    }

    @Test func theGateSkipsMostTokens() {
        let text = TokenizedText(
            "Le ministre a reçu mardi les représentants des syndicats, qui demandent une hausse des salaires.")
        let candidates = French.gate.candidates(in: text)
        #expect(candidates.filter { $0 }.count <= 3, "\(text.tokens.indices.filter { candidates[$0] }.map(text.folded))")
        #expect(candidates[text.tokens.indices.first { text.folded($0) == "mardi" }!])
    }
}
