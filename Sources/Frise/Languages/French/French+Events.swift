/// The French event grammar: clauses, triggers and participants.
struct FrenchEventGrammar: EventGrammar {
    func clauses(of sentence: Sentence, in text: TokenizedText) -> [Clause] {
        FrenchClauses.clauses(of: sentence, in: text)
    }

    func trigger(in clause: Clause, of text: TokenizedText) -> Trigger? {
        FrenchTriggers.trigger(in: clause, of: text)
    }

    func participants(in text: TokenizedText) -> [Participant] {
        FrenchParticipants.participants(in: text)
    }

    /// "cet entretien", "cette visite", "ce sommet": a demonstrative then an event noun.
    func anaphoricEventType(at index: Int, in text: TokenizedText) -> EventType? {
        guard index > 0, FrenchLexicon.demonstratives.contains(text.tokens[index - 1].folded),
              text.tokens[index].sentence == text.tokens[index - 1].sentence else { return nil }
        return FrenchTriggers.noun(at: index, in: text)?.type
    }

    func mayStandBetweenSubjectAndVerb(at index: Int, in text: TokenizedText) -> Bool {
        [",", "'", "ne", "n", "se", "s", "y", "en", "lui", "leur"].contains(text.tokens[index].folded)
    }

    /// "qui a salué": the relative pronoun is the subject and stands for the name before it.
    func subjectIsAntecedent(_ clause: Clause, in text: TokenizedText) -> Bool {
        clause.kind == .relative && text.tokens[clause.tokens.lowerBound].folded == "qui"
    }

    /// "où il a eu des entretiens", "et a rencontré": the subject is the governor's.
    func takesGovernorSubject(_ clause: Clause, in text: TokenizedText) -> Bool {
        if clause.kind == .coordinate { return true }
        guard clause.kind == .relative || clause.kind == .complement else { return false }
        let words = clause.tokens.prefix(3).map { text.tokens[$0].folded }
        return words.contains { FrenchClauses.subjectPronouns.contains($0) && $0 != "nous" && $0 != "on" }
    }
}
