/// Cuts a French sentence into clauses at the words and marks that open them.
///
/// - `;` starts a new main clause;
/// - où, qui, dont, lequel… open a relative clause governed by the clause before;
/// - que/qu' after a reporting verb opens its complement;
/// - et/mais/puis followed by a verb opens a coordinate clause;
/// - a sentence that begins with a preposition or adverb up to its first comma
///   ("Suite à l'escalade …,", "Pour rappel,") has that phrase as an adjunct.
enum FrenchClauses {
    static let relativeWords: WordSet = ["ou", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"]
    static let coordinators: WordSet = ["et", "mais", "puis"]

    /// What a word can open: the three sets above in one table, for one look-up per word.
    enum Opener { case relative, complementizer, coordinator }
    static let openers = WordMap<Opener>(
        relativeWords.map { ($0, .relative) } + complementizers.map { ($0, .complementizer) }
            + coordinators.map { ($0, .coordinator) })
    static let subjectPronouns: WordSet = ["il", "elle", "ils", "elles", "nous", "vous", "on", "je"]
    static let adjunctOpeners: WordSet = [
        "suite", "pour", "de", "durant", "lors", "apres", "avant", "selon", "dans", "en", "depuis", "des", "a",
        "au", "aux", "malgre", "face", "outre", "par", "sur", "vers", "pendant", "contrairement", "comme", "afin",
        "cote", "enfin", "ainsi", "par ailleurs", "d", "parallelement", "entre", "sans", "avec", "chez",
    ]
    /// "que" in these locutions does not open a complement clause ("ainsi que", "alors que").
    static let queLocutions: WordSet = ["ainsi", "alors", "tandis", "parce", "bien", "plus", "moins", "autant", "tant", "avant", "apres", "pendant", "sans", "afin", "lors", "des", "depuis", "si", "tel", "telle", "meme"]

    /// "que" and its elided form, which open a complement clause after a reporting verb.
    static let complementizers: WordSet = ["que", "qu"]
    /// Pronouns and the negation that can stand between a subject and its verb ("se", "l'", "ne").
    static let verbGroupClitics: WordSet = ["s", "se", "l", "le", "la", "les", "lui", "leur", "y", "en", "n", "ne"]

    /// The clauses of every sentence of the text, in order; a clause's `governor` is an index in
    /// this list. One list for the text: made sentence by sentence, it was an array allocated and
    /// freed for each sentence. `lemmas` are the text's finite verbs' (`EventGrammar.verbLemmas`),
    /// read once for the clauses and their triggers (`EventGrammar.clauses(in:)` reads them).
    static func clauses(in text: TokenizedText, verbLemmas lemmas: [Int32]) -> [Clause] {
        var clauses: [Clause] = []
        clauses.reserveCapacity(text.sentences.count + text.sentences.count / 4 + 2)  // 1.2 a sentence in news
        for sentence in text.sentences { append(sentence, in: text, lemmas: lemmas, to: &clauses) }
        return clauses
    }

    /// Appends the clauses of a sentence, `lemmas` holding the text's (by token index).
    private static func append(_ sentence: Sentence, in text: TokenizedText, lemmas: [Int32], to clauses: inout [Clause]) {
        let tokens = text.tokens
        var start = sentence.tokens.lowerBound
        var kind = Clause.Kind.main
        var governor: Int?
        var sawReporting = false
        func isFiniteVerb(_ index: Int) -> Bool { lemmas[index] >= 0 }

        func close(at end: Int, next: Clause.Kind, nextGovernor: Int?) {
            if end > start {
                clauses.append(Clause(kind: kind, tokens: start..<end, governor: governor))
            }
            start = end
            kind = next
            governor = nextGovernor
            sawReporting = false
        }

        // A fronted adjunct: preposition or adverb first, no verb before the first comma.
        if let first = sentence.tokens.first, tokens[first].kind == .word,
           adjunctOpeners.contains(first, in: text),
           let comma = sentence.tokens.first(where: { text.mark($0) == 0x2C }),
           !(first..<comma).contains(where: isFiniteVerb) {
            kind = .adjunct
            close(at: comma + 1, next: .main, nextGovernor: nil)
        }

        var index = start
        let openers = Self.openers
        while index < sentence.tokens.upperBound {
            let isWord = tokens[index].kind == .word
            let opener = index > start && isWord ? openers[index, in: text] : nil
            if text.mark(index) == 0x3B {  // ;
                close(at: index + 1, next: .main, nextGovernor: nil)
            } else if opener == .relative, !tokens[index].isCapitalized {
                close(at: index, next: .relative, nextGovernor: clauses.count)
            } else if opener == .complementizer, sawReporting, index == 0 || !queLocutions.contains(index - 1, in: text) {
                close(at: index, next: .complement, nextGovernor: clauses.count)
            } else if opener == .coordinator, index + 1 < sentence.tokens.upperBound,
                      startsVerbGroup(at: index + 1, in: text, isFiniteVerb: isFiniteVerb)
                        || (subjectPronouns.contains(index + 1, in: text) && index + 2 < sentence.tokens.upperBound
                            && startsVerbGroup(at: index + 2, in: text, isFiniteVerb: isFiniteVerb)) {
                close(at: index, next: .coordinate, nextGovernor: clauses.count)
            } else if isWord, FrenchTriggers.isReporting(number: lemmas[index]) {
                sawReporting = true
            }
            index += 1
        }
        close(at: sentence.tokens.upperBound, next: .main, nextGovernor: nil)
    }

    /// True when a verb group starts at the token (an auxiliary, a clitic then a verb, a finite verb).
    /// `isFiniteVerb` tells the finite verbs (the clause cutter reads them once per text).
    static func startsVerbGroup(at index: Int, in text: TokenizedText, isFiniteVerb: (Int) -> Bool) -> Bool {
        if FrenchTense.isAuxiliary(at: index, in: text) { return true }
        if verbGroupClitics.contains(index, in: text), index + 1 < text.tokens.count {
            let next = text.isFolded(index + 1, "'") ? index + 2 : index + 1
            return next < text.tokens.count && (FrenchTense.isAuxiliary(at: next, in: text) || isFiniteVerb(next))
        }
        return isFiniteVerb(index)
    }
}
