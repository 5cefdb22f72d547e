extension TokenizedText {
    /// Words whose trailing period does not end a sentence ("M. Dupont", "janv. 2023").
    static let abbreviations: WordSet = [
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "av", "bd",
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec", "no", "vol", "p", "art", "gal",
        "mgr", "jr", "sr", "ex", "env",
    ]

    /// Cuts the tokens into sentences at . ! ? … followed by a capital, a quote or a
    /// paragraph break, and always at a line break, then numbers each token's sentence.
    ///
    /// Only the tokens of `stops` are looked at, in order (the tokenizer lists those a line
    /// break follows and the marks . ! ? …): at any other token the tests below find nothing.
    /// Punctuation is recognised by its scalar (see `mark(_:)`), not by string comparisons.
    mutating func splitSentences(at stops: [Int]) {
        var result: [Sentence] = []
        result.reserveCapacity(stops.count + 1)
        var first = 0
        func close(_ last: Int) {
            guard first <= last else { return }
            result.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
            first = last + 1
        }
        var next = 0  // the first token not looked at yet
        for index in stops where index >= next {
            next = index + 1
            if index + 1 < tokens.count, tokens[index + 1].lineBreakBefore {
                close(index)
            } else if tokens[index].kind == .punctuation, endsSentence(at: index) {
                var last = index
                // Keep closing quotes and brackets with the sentence they end.
                while last + 1 < tokens.count, isCloser(last + 1), !tokens[last + 1].lineBreakBefore {
                    last += 1
                }
                close(last)
                next = last + 1
            }
        }
        close(tokens.count - 1)
        tokens.withUnsafeMutableBufferPointer { tokens in
            for (number, sentence) in result.enumerated() {
                for t in sentence.tokens { tokens[t].sentence = number }
            }
        }
        sentences = result
    }

    /// Whether a word's folded form is one character: one byte, or (made a string only then)
    /// several bytes outside ASCII that make one ("Œ." folds to two letters, "İ." to one).
    private func isOneLetter(_ index: Int) -> Bool {
        switch tokens[index].foldedCount {
        case 1: return true
        case 2...: return withFolded(index) { $0.contains { $0 >= 0x80 } } && folded(index).count == 1
        default: return false
        }
    }

    /// The scalar of a punctuation token, nil for a word or a number. Only apostrophes fold to
    /// another scalar, so it stands for `folded` where marks are told apart (here and in the
    /// language packs): comparing strings with « or ” takes Swift's slow, Unicode-aware path.
    @inline(__always)
    func mark(_ index: Int) -> UInt32? {
        guard tokens[index].kind == .punctuation else { return nil }
        return decode(at: tokens[index].byteStart).0.value
    }

    /// Closing quotes and brackets: ) » " ”, which belong to the sentence they end.
    private func isCloser(_ index: Int) -> Bool {
        switch mark(index) {
        case 0x29, 0xBB, 0x22, 0x201D: return true
        default: return false
        }
    }

    /// Opening quotes: « " “.
    private func isOpener(_ index: Int) -> Bool {
        switch mark(index) {
        case 0xAB, 0x22, 0x201C: return true
        default: return false
        }
    }

    /// Dashes that open a line of dialogue or a list item: — – -.
    private func isDash(_ index: Int) -> Bool {
        switch mark(index) {
        case 0x2014, 0x2013, 0x2D: return true
        default: return false
        }
    }

    private func endsSentence(at index: Int) -> Bool {
        let mark = mark(index)
        switch mark {  // . ! ? …
        case 0x2E, 0x21, 0x3F, 0x2026: break
        default: return false
        }
        var after = index + 1
        while after < tokens.count, isCloser(after) { after += 1 }
        guard after < tokens.count else { return true }
        guard tokens[after].spaceBefore || isOpener(after) else { return false }
        if mark == 0x2E && index > 0 && tokens[index - 1].kind == .word {
            if Self.abbreviations.contains(index - 1, in: self) { return false }
            if tokens[index - 1].isCapitalized && isOneLetter(index - 1) { return false }
        }
        return tokens[after].isCapitalized || tokens[after].kind == .number || isOpener(after) || isDash(after)
    }
}
