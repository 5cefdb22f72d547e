/// The French event grammar: clauses, triggers and participants.
struct FrenchEventGrammar: EventGrammar {
    // No stored tables: a grammar is made for each article (`EventExtractor.events(in:)`), and a
    // table it held was retained and released with it (atomic operations on memory that every
    // job's core reads). Tables are handed to the functions that read them, as they lie.

    func verbLemmas(in text: TokenizedText) -> [Int32] {
        FrenchTriggers.verbLemmaNumbers(of: text.tokens.indices, in: text)
    }

    func clauses(in text: TokenizedText, verbLemmas: [Int32]) -> [Clause] {
        FrenchClauses.clauses(in: text, verbLemmas: verbLemmas)
    }

    func trigger(in clause: Clause, of text: TokenizedText, verbLemmas: [Int32]) -> Trigger? {
        FrenchTriggers.trigger(in: clause, of: text, verbLemmas: verbLemmas)
    }

    func participants(in text: TokenizedText) -> [Participant] {
        FrenchParticipants.participants(in: text)
    }

    func anaphoricWord(in range: Range<Int>, of text: TokenizedText) -> (index: Int, type: EventType)? {
        // `FrenchLexicon.demonstratives` read once, not through its lazy global's guard at every word.
        Self.anaphoricWord(in: range, of: text, demonstratives: FrenchLexicon.demonstratives)
    }

    private static func anaphoricWord(
        in range: Range<Int>, of text: TokenizedText, demonstratives: WordSet
    ) -> (index: Int, type: EventType)? {
        for index in range {
            if let type = anaphoricEventType(at: index, in: text, demonstratives: demonstratives) { return (index, type) }
        }
        return nil
    }

    /// "cet entretien", "cette visite", "ce sommet": a demonstrative then an event noun.
    private static func anaphoricEventType(at index: Int, in text: TokenizedText, demonstratives: WordSet) -> EventType? {
        guard index > 0, demonstratives.contains(index - 1, in: text),
              text.tokens[index].sentence == text.tokens[index - 1].sentence else { return nil }
        return FrenchTriggers.noun(at: index, in: text)?.type
    }

    func mayStandBetweenSubjectAndVerb(at index: Int, in text: TokenizedText) -> Bool {
        Self.betweenSubjectAndVerb.contains(index, in: text)
    }

    /// "qui a salué": the relative pronoun is the subject and stands for the name before it.
    func subjectIsAntecedent(_ clause: Clause, in text: TokenizedText) -> Bool {
        clause.kind == .relative && text.isFolded(clause.tokens.lowerBound, "qui")
    }

    /// "où il a eu des entretiens", "et a rencontré": the subject is the governor's.
    func takesGovernorSubject(_ clause: Clause, in text: TokenizedText) -> Bool {
        if clause.kind == .coordinate { return true }
        guard clause.kind == .relative || clause.kind == .complement else { return false }
        // Read in place (the three words made into strings were an array for each clause).
        return clause.tokens.prefix(3).contains {
            FrenchClauses.subjectPronouns.contains($0, in: text) && !text.isFolded($0, "nous") && !text.isFolded($0, "on")
        }
    }

    /// Verbs whose subject receives the event they carry ("a reçu un appel de X": X called).
    static let receivingVerbs: WordSet = ["recevoir", "subir", "essuyer", "obtenir"]
    /// What may stand between a subject and its verb: "Paris, qui", "il ne", "elle s'y", "il lui".
    static let betweenSubjectAndVerb: WordSet = [",", "'", "ne", "n", "se", "s", "y", "en", "lui", "leur"]
    /// What joins a name to the one before it.
    static let coordinators: WordSet = ["et", "ou", "ainsi"]

    /// Forms of être in a passive verb group ("a été reçu", "est reçu").
    static let passiveAuxiliaries: WordSet = ["ete", "est", "sont", "etait", "etaient", "sera", "seront", "fut"]

    /// The subject acts unless the verb is passive ("a été reçu par X") or a receiving light
    /// verb; the "par" or "de" phrase then names the agent; "avec" names a partner.
    func role(of participant: Int, subject: Int?, among participants: [Participant], trigger: Trigger,
              in text: TokenizedText) -> ParticipantRole
    {
        let verb = trigger.verb ?? trigger.token
        // (The auxiliary first: most verb groups have none, and the participle test costs more.)
        let passive = trigger.verb != nil
            && (trigger.groupStart..<verb).contains { Self.passiveAuxiliaries.contains($0, in: text) }
            && FrenchTriggers.isParticiple(at: verb, in: text)
            && !FrenchTriggers.isReflexive(groupStart: trigger.groupStart, verb: verb, in: text)
        let receiving = trigger.lightVerbText?.withUTF8(Self.receivingVerbs.contains(utf8:)) == true
        if let subject, subject == participant || participants[participant].name == participants[subject].name {
            return passive || receiving ? .recipient : .agent
        }
        // The preposition before the name (or its title), over determiners: "avec le Premier
        // ministre, X", "de son homologue, X"; "et" repeats the role of the name before.
        var at = Self.start(of: participant, among: participants) - 1
        while at >= 0, text.tokens[at].kind != .word || Self.determiners.contains(at, in: text) { at -= 1 }
        guard at >= 0 else { return .other }
        // Compared in place: no string made for the word.
        if text.isFolded(at, "avec") { return .partner }
        if passive, text.isFolded(at, "par") { return .agent }
        if receiving, text.isFolded(at, "de") || text.isFolded(at, "d") { return .agent }
        return .other
    }

    func isCoordinated(_ participant: Int, among participants: [Participant], in text: TokenizedText) -> Bool {
        var at = Self.start(of: participant, among: participants) - 1
        while at >= 0, text.tokens[at].kind != .word || Self.determiners.contains(at, in: text) { at -= 1 }
        return at >= 0 && Self.coordinators.contains(at, in: text)
    }

    /// The first token of a participant's title, or of its name when it has none.
    private static func start(of participant: Int, among participants: [Participant]) -> Int {
        participants[participant].titleTokens?.lowerBound ?? participants[participant].tokens.lowerBound
    }

    static let determiners: WordSet = [
        "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "notre", "votre", "ce", "cet", "cette",
    ]
}
