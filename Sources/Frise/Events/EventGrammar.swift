/// What a language contributes to event extraction: clauses, triggers and participants.
public protocol EventGrammar: Sendable {
    /// For each token of the text, the grammar's number for the lemma of the finite verb it is
    /// (-1 for any other token): read once a text, for its clauses and their triggers (numbers,
    /// not strings: nothing to release for each token).
    func verbLemmas(in text: TokenizedText) -> [Int32]
    /// The clauses of the text, sentence by sentence, in order, together covering each
    /// sentence's tokens, with how each depends on another of its sentence (`Clause.governor`,
    /// an index in this list); `verbLemmas` are the text's (`verbLemmas(in:)`).
    func clauses(in text: TokenizedText, verbLemmas: [Int32]) -> [Clause]
    /// The word that reports the clause's main happening, if any; `verbLemmas` are the text's
    /// (`verbLemmas(in:)`), or empty, when the grammar reads the clause's itself.
    func trigger(in clause: Clause, of text: TokenizedText, verbLemmas: [Int32]) -> Trigger?
    /// The people, organisations and places the text names, in text order (by their first token,
    /// no two starting at the same one), short names joined to full ones.
    func participants(in text: TokenizedText) -> [Participant]
    /// The first token of `range` that is a noun referring back to an event, a demonstrative
    /// before it ("cet entretien"), with the noun's event type; nil when there is none. (Asked
    /// of the words of every clause left undated: one call reads the range.)
    func anaphoricWord(in range: Range<Int>, of text: TokenizedText) -> (index: Int, type: EventType)?
    /// True when the token may separate a subject from its verb (a comma, a clitic).
    func mayStandBetweenSubjectAndVerb(at index: Int, in text: TokenizedText) -> Bool
    /// The role of a participant of the clause in its event, given the clause's subject: both by
    /// their index among `participants` (the text's), read in place (a participant passed whole
    /// is a copy, each of its strings retained and released).
    func role(of participant: Int, subject: Int?, among participants: [Participant], trigger: Trigger,
              in text: TokenizedText) -> ParticipantRole
    /// True when a conjunction joins the participant (by its index among `participants`) to the
    /// name before it ("X et le chef, Y").
    func isCoordinated(_ participant: Int, among participants: [Participant], in text: TokenizedText) -> Bool
    /// True when the clause's subject is the name just before it ("António Sequeira, qui a salué").
    func subjectIsAntecedent(_ clause: Clause, in text: TokenizedText) -> Bool
    /// True when the clause's subject is a pronoun or left out, so it is its governor's.
    func takesGovernorSubject(_ clause: Clause, in text: TokenizedText) -> Bool
}

extension EventGrammar {
    /// The clauses of the text, its verbs' lemmas read for them.
    public func clauses(in text: TokenizedText) -> [Clause] { clauses(in: text, verbLemmas: verbLemmas(in: text)) }

    /// The word that reports the clause's main happening, if any, the clause's verbs read for it.
    public func trigger(in clause: Clause, of text: TokenizedText) -> Trigger? {
        trigger(in: clause, of: text, verbLemmas: [])
    }
}

/// A clause: a run of tokens of one sentence and its relation to the clause that governs it.
public struct Clause: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// An independent clause.
        case main
        /// A relative clause ("où il a eu des entretiens"): shares its governor's time.
        case relative
        /// A complement of a reporting verb ("affirme que …"): shares its governor's time.
        case complement
        /// A clause coordinated with the previous one ("et a rencontré"): shares its time.
        case coordinate
        /// A fronted phrase without a finite verb ("Suite à l'escalade,"): its dates apply
        /// to the next clause, its own happenings stay undated unless it holds a date.
        case adjunct
    }

    public var kind: Kind
    public var tokens: Range<Int>
    /// Index, in the text's clause list, of the governing clause (one of the same sentence).
    public var governor: Int?

    public init(kind: Kind, tokens: Range<Int>, governor: Int? = nil) {
        self.kind = kind
        self.tokens = tokens
        self.governor = governor
    }
}

/// The word that reports a happening, with its lexical meaning.
public struct Trigger: Hashable, Sendable {
    /// Token index of the trigger word.
    public var token: Int
    /// Token index where the verb group starts (the auxiliary), or the trigger itself.
    public var groupStart: Int
    public var lemma: String {
        get { lemmaText.string }
        set { lemmaText = InlineText(newValue) }
    }
    /// `lemma` in place: a trigger holds no string, so that a clause's optional trigger is
    /// copied as bytes (see `InlineText`).
    var lemmaText: InlineText
    public var type: EventType
    public var eventClass: EventClass
    /// Token index of the verb that carries the event: the trigger itself, or the light verb
    /// governing an event noun ("reçu" in "a reçu un appel").
    public var verb: Int? = nil
    /// The light verb's lemma when the trigger is the noun it governs ("recevoir").
    public var lightVerb: String? {
        get { lightVerbText?.string }
        set { lightVerbText = newValue.map(InlineText.init) }
    }
    var lightVerbText: InlineText? = nil
}


/// What a participant does in an event.
public enum ParticipantRole: String, CaseIterable, Sendable {
    /// Who acts: the subject of an active verb, the "par" phrase of a passive one.
    case agent
    /// Who undergoes or receives: the subject of a passive verb or of "recevoir un appel".
    case recipient
    /// Who acts with the agent: "avec le Premier ministre".
    case partner
    /// Named in the clause without a role the grammar can tell.
    case other
}

/// A named participant: a person, an organisation or a place.
public struct Participant: Hashable, Sendable {
    public enum Kind: String, Sendable { case person, organisation, country, place }

    public var kind: Kind
    /// Token indices of the name itself.
    public var tokens: Range<Int>
    /// The full name, short mentions joined to it ("Blinken" → "Antony Blinken").
    public var name: String
    /// The title or role written before the name ("ministre marocain des Affaires étrangères").
    public var title: String?
    /// Token indices of the title, when there is one.
    public var titleTokens: Range<Int>?
    /// The name is introduced by a locative preposition ("en Israël", "au Caire").
    public var isLocative: Bool

    /// The name with its title, as exported: "Nasser Bourita (ministre marocain des Affaires étrangères)".
    /// Written at once into storage of its size (interpolated, it grew at each piece).
    public var display: String {
        guard let title else { return name }
        return String(unsafeUninitializedCapacity: name.utf8.count + title.utf8.count + 3) { buffer in
            var at = buffer.initialize(fromContentsOf: name.utf8)
            at = buffer[at...].initialize(fromContentsOf: " (".utf8)
            at = buffer[at...].initialize(fromContentsOf: title.utf8)
            return buffer[at...].initialize(fromContentsOf: ")".utf8)
        }
    }
}
