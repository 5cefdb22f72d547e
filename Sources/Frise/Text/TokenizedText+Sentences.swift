extension TokenizedText {
    /// Words whose trailing period does not end a sentence ("M. Dupont", "janv. 2023").
    static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "av", "bd",
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec", "no", "vol", "p", "art", "gal",
        "mgr", "jr", "sr", "ex", "env",
    ]

    /// Closing quotes and brackets, which belong to the sentence they end.
    static let closers: Set<String> = [")", "»", "\"", "”"]

    /// Cuts the tokens into sentences at . ! ? … followed by a capital, a quote or a
    /// paragraph break, and always at a line break, then numbers each token's sentence.
    mutating func splitSentences() {
        var result: [Sentence] = []
        var first = 0
        func close(_ last: Int) {
            guard first <= last else { return }
            result.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
            first = last + 1
        }
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, lineBreak(between: index, and: index + 1) {
                close(index)
            } else if tokens[index].kind == .punctuation, endsSentence(at: index) {
                var last = index
                // Keep closing quotes and brackets with the sentence they end.
                while last + 1 < tokens.count, Self.closers.contains(tokens[last + 1].folded),
                    !lineBreak(between: last, and: last + 1) {
                    last += 1
                }
                close(last)
                index = last
            }
            index += 1
        }
        close(tokens.count - 1)
        for (number, sentence) in result.enumerated() {
            for t in sentence.tokens { tokens[t].sentence = number }
        }
        sentences = result
    }

    private func lineBreak(between a: Int, and b: Int) -> Bool {
        bytes[tokens[a].byteEnd..<tokens[b].byteStart].contains(10)
    }

    private func endsSentence(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        switch token.folded {  // a switch, not an array: commas and quotes leave here at once
        case ".", "!", "?", "…": break
        default: return false
        }
        var after = index + 1
        while after < tokens.count, Self.closers.contains(tokens[after].folded) { after += 1 }
        guard after < tokens.count else { return true }
        let next = tokens[after]
        guard next.spaceBefore || ["«", "\"", "“"].contains(next.folded) else { return false }
        if token.folded == "." && index > 0 {
            let previous = tokens[index - 1]
            if previous.kind == .word {
                if Self.abbreviations.contains(previous.folded) { return false }
                if previous.isCapitalized && previous.folded.count == 1 { return false }
            }
        }
        return next.isCapitalized || next.kind == .number || ["«", "\"", "“", "—", "–", "-"].contains(next.folded)
    }
}
