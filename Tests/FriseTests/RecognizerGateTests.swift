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

    @Test func theGateSkipsMostTokens() {
        let text = TokenizedText(
            "Le ministre a reçu mardi les représentants des syndicats, qui demandent une hausse des salaires.")
        let candidates = French.gate.candidates(in: text.tokens)
        #expect(candidates.filter { $0 }.count <= 3, "\(zip(text.tokens, candidates).filter(\.1).map(\.0.folded))")
        #expect(candidates[text.tokens.firstIndex { $0.folded == "mardi" }!])
    }
}
