import Testing
@testable import Frise

@Suite struct TokenizedTextTests {
    @Test func offsetsAreUnicodeScalars() {
        let text = TokenizedText("L’été 🎉 à Jénine.")
        let words = text.tokens.indices.map(text.folded)
        #expect(words == ["l", "'", "ete", "🎉", "a", "jenine", "."])
        let jenine = text.tokens[5]
        #expect(jenine.start == 10 && jenine.end == 16)
        #expect(text.text(fromToken: 5, toToken: 5) == "Jénine")
    }

    @Test func nonBreakingSpacesSeparateTokens() {
        let text = TokenizedText("«\u{00A0}solide\u{202F}»")
        #expect(text.tokens.indices.map(text.folded) == ["«", "solide", "»"])
        #expect(text.tokens[1].spaceBefore)
    }

    /// Every token folds as `Folding.fold` folds its text, whatever its case and length, and
    /// carries the hash of its folded form.
    @Test func tokensFoldAsFoldingDoes() {
        let text = TokenizedText("À Le DE la 15 09 y Z é Œ l’a a1 Zz 7h 2023 ~ % œ İSTANBUL Ⱥb MAJUSCULES 🎉")
        #expect(text.tokens.indices.map(text.folded) == [
            "a", "le", "de", "la", "15", "09", "y", "z", "e", "oe", "l", "'", "a", "a", "1", "zz", "7", "h", "2023",
            "~", "%", "oe", "i\u{307}stanbul", "ⱥb", "majuscules", "🎉",
        ])
        for (index, token) in text.tokens.enumerated() {
            let written = text.text(bytes: token.byteStart..<token.byteEnd)
            #expect(text.folded(index) == Folding.fold(written), "\(written)")
            #expect(token.foldedHash == WordHash.value(of: Array(text.folded(index).utf8)), "\(written)")
            #expect(text.isFolded(index, Folding.fold(written)) && !text.isFolded(index, Folding.fold(written) + "s"))
        }
    }

    /// Words whose ASCII head is read on the fast path and whose rest is not ("café", "DÉJÀ")
    /// fold, hash and place as whole words.
    @Test func wordsWithAnAccentAfterTheirHeadAreWhole() {
        let body = "Café naïveté DÉJÀ aujourd’hui Noël12 Zoë, abcdefghé çà"
        let text = TokenizedText(body)
        #expect(text.tokens.indices.map(text.folded) == [
            "cafe", "naivete", "deja", "aujourd", "'", "hui", "noel", "12", "zoe", ",", "abcdefghe", "ca",
        ])
        let scalars = Array(body.unicodeScalars)
        for (index, token) in text.tokens.enumerated() {
            let written = text.text(bytes: token.byteStart..<token.byteEnd)
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == written)
            #expect(token.foldedHash == WordHash.value(of: Array(text.folded(index).utf8)), "\(written)")
        }
        #expect(text.tokens.map(\.isCapitalized) == [
            true, false, true, false, false, false, true, false, true, false, false, false,
        ])
    }

    /// Long words, and words that end their text, fold and hash as whole words, whatever their
    /// length, where their accents fall and whatever byte follows them (the ASCII runs the
    /// scanner reads between accented letters, up to the text's last byte).
    @Test func longWordsAndWordsNearTheEndAreWhole() {
        let words = ["anticonstitutionnellement", "ÉLECTROENCÉPHALOGRAMME", "abcdefgh", "abcdefghi", "Abcdefgé",
                     "aBCDEFGHIJKLMNOPqrstuvwxyZ", "x", "hé", "vingt-huit", "l'abcdefghijklmnop@", "[z]", "`a{b|c}~d"]
        for count in 0..<words.count {
            // Each word last in its text too: fewer than eight bytes are left after its head.
            let body = words[...count].joined(separator: " ")
            let text = TokenizedText(body)
            let expected = body.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.fold(String($0)) }
            #expect(text.tokens.indices.filter { text.tokens[$0].kind != .punctuation }.map(text.folded) == expected, "\(body)")
            for (index, token) in text.tokens.enumerated() {
                let written = text.text(bytes: token.byteStart..<token.byteEnd)
                #expect(text.folded(index) == Folding.fold(written), "\(written)")
                #expect(token.foldedHash == WordHash.value(of: Array(text.folded(index).utf8)), "\(written)")
            }
        }
    }

    /// A text of more tokens than the room first made for them (one per four bytes) gets more,
    /// round after round, each token where it belongs: "é,a, b." repeated, a token per 1.5 bytes.
    @Test func textsOfShortTokensAreWhole() {
        let body = String(repeating: "é,a, b.", count: 3000)
        let text = TokenizedText(body)
        #expect(text.tokens.count == 6 * 3000)
        #expect(text.tokens.indices.map(text.folded).prefix(7) == ["e", ",", "a", ",", "b", ".", "e"])
        let scalars = Array(body.unicodeScalars)
        for (index, token) in text.tokens.enumerated() {
            let written = text.text(bytes: token.byteStart..<token.byteEnd)
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == written)
            #expect(text.folded(index) == Folding.fold(written))
            #expect(token.spaceBefore == (index == 0 || written == "b"))
        }
        #expect(text.foldedBytes.count == text.tokens.reduce(0) { $0 + Int($1.foldedCount) })
    }

    /// The folded forms of a text fit in the room the tokenizer makes for them: no scalar folds
    /// to more than one and a half times its UTF-8, even a text of nothing but the one that
    /// grows most (U+0130).
    @Test func foldedFormsFitTheirRoom() {
        var out = [UInt8](repeating: 0, count: 16)
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let written = out.withUnsafeMutableBufferPointer { Folding.write(scalar, to: $0.baseAddress!) }
            #expect(written <= Folding.foldedCapacity(ofUTF8: String(scalar).utf8.count), "U+\(String(value, radix: 16))")
        }
        let dotted = TokenizedText(String(repeating: "\u{130}", count: 1001) + " " + String(repeating: "\u{130} ", count: 500))
        #expect(dotted.foldedBytes.count == 3 * 1501 && dotted.folded(0) == String(repeating: "i\u{307}", count: 1001))
    }

    /// Every scalar that `Folding.latin` lists folds to its base, and every other one outside
    /// ASCII and the apostrophes to nothing of ASCII: the table `asciiFold` reads says what
    /// `latin` says.
    @Test func latinFoldsAreLatin() {
        let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x02BC, 0x00B4]
        for value in UInt32(0x80)...0x2FF where !apostrophes.contains(value) {
            let scalar = Unicode.Scalar(value)!
            let folded = Folding.asciiFold(scalar).map { String(decoding: [$0.0, $0.1].filter { $0 != 0 }, as: UTF8.self) }
            #expect(folded == Folding.latin[value], "U+\(String(value, radix: 16))")
        }
    }

    /// Every letter of U+00C0–U+00FF inside a word, after its first letter or as its last, folds
    /// as `Folding.fold` folds it, the word whole (the tokenizer folds these from their bytes).
    @Test func latinLettersInsideWordsFoldAsFoldingDoes() {
        for value in UInt32(0xC0)...0xFF where value != 0xD7 && value != 0xF7 {
            let letter = String(Unicode.Scalar(value)!)
            for word in ["a\(letter)b", "A\(letter)", "\(letter)\(letter)x", "9\(letter)"] {
                let text = TokenizedText("« \(word) ».")
                let folded = text.tokens.indices.map(text.folded)
                let expected = word.first!.isNumber ? ["9", Folding.fold(letter)] : [Folding.fold(word)]
                #expect(folded == ["«"] + expected + ["»", "."], "\(word)")
            }
        }
    }

    /// Numbers carry their value, read as they are tokenized, up to nine digits.
    @Test func numbersCarryTheirValueUpToNineDigits() {
        let text = TokenizedText("7h 007 2023 123456789 1234567890 le 14/02 x99")
        let numbers = text.tokens.filter { $0.kind == .number }
        #expect(numbers.map(\.number) == [7, 7, 2023, 123_456_789, nil, 14, 2, 99])
        #expect(numbers.map(\.digitCount) == [1, 3, 4, 9, 10, 2, 2, 2])
        #expect(text.tokens.filter { $0.kind != .number }.allSatisfy { $0.number == nil && $0.digitCount == 0 })
        // The value included, a token takes one cache line (the passes over tokens read them in turn).
        #expect(MemoryLayout<Token>.stride == 64)
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

    /// Sentences end where the tokenizer noted a mark or a line break, however the text opens
    /// or ends and whichever round of the tokenizer made the tokens: texts of short tokens
    /// (more than its first room holds) end sentences at every mark and line as well.
    @Test func sentencesEndAtMarksAndLinesInEveryRound() {
        // "(" opens no sentence: no capital, no opening quote.
        let framed = TokenizedText("\n\nUn … Deux ?! « Trois. » (quatre.) Cinq\r\nSix\n")
        #expect(framed.sentences.map { framed.text(of: $0) } == ["Un …", "Deux ?!", "« Trois. » (quatre.)", "Cinq", "Six"])
        let marks = TokenizedText(String(repeating: "Il vint. ", count: 4000))
        #expect(marks.sentences.count == 4000 && marks.tokens.count == 12_000)
        #expect(marks.sentences.allSatisfy { marks.text(of: $0) == "Il vint." })
        let lines = TokenizedText(String(repeating: "x\n", count: 5000))
        #expect(lines.sentences.count == 5000 && lines.sentences.allSatisfy { $0.tokens.count == 1 })
        #expect(lines.tokens.indices.allSatisfy { lines.tokens[$0].sentence == $0 })
    }

    /// A capital letter and its period are an initial, which ends no sentence, when the letter
    /// folds to one character, whatever its bytes: "İ" (two scalars folded) is one, "Œ" ("oe") two.
    @Test func initialsEndNoSentence() {
        for (body, count) in [("Il vit M. Dupont.", 1), ("Il vit İ. Dupont.", 1), ("Il vit Œ. Puis il part.", 2)] {
            #expect(TokenizedText(body).sentences.count == count, "\(body)")
        }
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = TokenizedText("Il a dit : « C’est fini. » Puis il est parti.")
        #expect(text.sentences.count == 2)
        #expect(text.text(of: text.sentences[0]) == "Il a dit : « C’est fini. »")
    }

    @Test func invalidBytesDoNotCrash() {
        let text = TokenizedText(String(decoding: [0x41, 0xFF, 0x42, 0xC3], as: UTF8.self))
        #expect(!text.tokens.isEmpty)
        // Bytes that are not UTF-8 given to `init(utf8:)`: a stray continuation, a lead byte cut
        // short at the end or before ASCII, C3 before a non-letter. They are mended as
        // `String(decoding:)` mends them, and every token's text is that of the mended body.
        let bad: [UInt8] = [0x41, 0xFF, 0x61, 0xC3, 0x28, 0x62, 0xC3, 0xD7, 0x20, 0x63, 0xE2, 0x82]
        let raw = TokenizedText(utf8: bad)
        #expect(!raw.tokens.isEmpty && raw.tokens.last!.byteEnd == raw.bytes.count)
        #expect(raw.body == String(decoding: bad, as: UTF8.self))
        #expect(raw.tokens.map { raw.text(bytes: $0.byteStart..<$0.byteEnd) }.joined()
            == raw.body.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined())
    }

    @Test func aRangeThatCutsAScalarReadsAsDecodingReadsIt() {
        let text = TokenizedText("Été à Noël")
        // "É" is two bytes: ranges from or to its middle.
        for range in [1..<4, 0..<1, 1..<2, 0..<text.bytes.count] {
            #expect(text.text(bytes: range) == String(decoding: text.bytes[range], as: UTF8.self))
        }
    }
}
