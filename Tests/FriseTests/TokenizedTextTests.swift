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

    /// One- and two-byte tokens take their strings from tables: each folds as longer ones do,
    /// whatever its case, and a byte outside the tables' letters and digits keeps its own token.
    @Test func shortTokensFoldAsLongerOnes() {
        let text = TokenizedText("À Le DE la 15 09 y Z é Œ l’a a1 Zz 7h 2023 ~ % œ")
        #expect(text.tokens.map(\.folded) == [
            "a", "le", "de", "la", "15", "09", "y", "z", "e", "oe", "l", "'", "a", "a", "1", "zz", "7", "h", "2023",
            "~", "%", "oe",
        ])
        for token in text.tokens {
            let written = text.text(bytes: token.byteStart..<token.byteEnd)
            #expect(token.folded == Folding.fold(written), "\(written)")
            #expect(token.foldedHash == WordHash.value(of: Array(token.folded.utf8)), "\(written)")
        }
    }

    /// Numbers carry their value, read as they are tokenized, up to nine digits.
    @Test func numbersCarryTheirValueUpToNineDigits() {
        let text = TokenizedText("7h 007 2023 123456789 1234567890 le 14/02 x99")
        let numbers = text.tokens.filter { $0.kind == .number }
        #expect(numbers.map(\.number) == [7, 7, 2023, 123_456_789, nil, 14, 2, 99])
        #expect(numbers.map(\.digitCount) == [1, 3, 4, 9, 10, 2, 2, 2])
        #expect(text.tokens.filter { $0.kind != .number }.allSatisfy { $0.number == nil && $0.digitCount == 0 })
        // The value sits in the token's padding: a token takes no more room in place for it.
        #expect(MemoryLayout<Token>.size <= 80)
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
