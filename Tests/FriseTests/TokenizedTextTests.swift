import Testing
@testable import Frise

@Suite struct TokenizedTextTests {
    @Test func offsetsAreUnicodeScalars() {
        let text = TokenizedText("L’été 🎉 à Jénine.")
        let words = text.tokens.map(\.folded)
        #expect(words == ["l", "'", "ete", "🎉", "a", "jenine", "."])
        let jenine = text.tokens[5]
        #expect(jenine.start == 10 && jenine.end == 16)
        #expect(text.text(fromToken: 5, toToken: 5) == "Jénine")
    }

    @Test func nonBreakingSpacesSeparateTokens() {
        let text = TokenizedText("«\u{00A0}solide\u{202F}»")
        #expect(text.tokens.map(\.folded) == ["«", "solide", "»"])
        #expect(text.tokens[1].spaceBefore)
    }

    @Test func foldingRemovesAccentsAndCase() {
        #expect(Folding.fold("Février ŒUVRE Noël") == "fevrier oeuvre noel")
        #expect(Folding.fold("aujourd’hui") == "aujourd'hui")
    }

    @Test func sentencesSplitOnFinalPunctuationAndParagraphs() {
        let text = TokenizedText("M. Dupont est venu. Il a parlé le 14 févr. 2023 à Lille.\nNouveau paragraphe sans point\nFin.")
        let sentences = text.sentences.map { text.text(of: $0) }
        #expect(sentences == [
            "M. Dupont est venu.", "Il a parlé le 14 févr. 2023 à Lille.", "Nouveau paragraphe sans point", "Fin.",
        ])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = TokenizedText("Il a dit : « C’est fini. » Puis il est parti.")
        #expect(text.sentences.count == 2)
        #expect(text.text(of: text.sentences[0]) == "Il a dit : « C’est fini. »")
    }

    @Test func invalidBytesDoNotCrash() {
        let text = TokenizedText(String(decoding: [0x41, 0xFF, 0x42, 0xC3], as: UTF8.self))
        #expect(!text.tokens.isEmpty)
    }
}
