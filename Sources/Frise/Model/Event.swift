/// One happening reported in a clause, with when, who, what and where.
///
/// A chronology can hold millions of events, so the usual forms of some fields are kept without
/// an allocation of their own: an id `DOC-eN` as its number N, roles as four bits per actor.
public struct Event: Hashable, Sendable {
    /// Stable id within the chronology: `DOC-eN`, N counting events in text order.
    public var id: String {
        get { idNumber > 0 ? "\(document)-e\(idNumber)" : storedID }
        set { (storedID, idNumber) = Self.compact(id: newValue, document: document) }
    }
    /// The id's number N when the id is `DOC-eN` (`document` + "-e" + N), which writers spell out
    /// without making the string; nil for an id of another form.
    var idNumberInDocument: Int? { idNumber > 0 ? Int(idNumber) : nil }
    /// The id of the article that reports the event.
    public var document: String {
        get { storedDocument }
        set {
            let id = self.id
            storedDocument = newValue
            self.id = id
        }
    }
    /// The word that reports the happening ("reçu", "visite").
    public var trigger: TextSpan
    public var eventClass: EventClass
    public var type: EventType
    /// N of an id `DOC-eN` (N from 1, written without leading zeros); 0 when `storedID` holds the id.
    /// (Declared here, beside the class and type, it fills the bytes they leave before the next
    /// field: an event takes 8 bytes less.)
    private var idNumber: Int32
    /// When it happened, or nil when the text does not date it.
    public var when: TimeValue?
    /// The temporal expressions that dated the event (empty when undated or inherited).
    public var timexes: [TextSpan] {
        get { TextSpan.joined(firstTimex, rare.first?.timexes ?? []) }
        set { setTimexes(newValue) }
    }
    /// The first of `timexes`, in place: nearly every dated event has one expression, and an
    /// array of one took 64 bytes of its own (24 here, 16 more than the array's reference).
    private var firstTimex: TextSpan?

    /// Sets `timexes` from any collection of them (a lazy map makes no array).
    private mutating func setTimexes(_ spans: some Collection<TextSpan>) {
        let more: [TextSpan]
        (firstTimex, more) = TextSpan.split(spans)
        if !more.isEmpty || rare.first.map({ !$0.timexes.isEmpty }) == true { updateRare { $0.timexes = more } }
    }

    /// Whether `timexes` is not empty (no array made).
    var hasTimexes: Bool { firstTimex != nil || rare.first.map { !$0.timexes.isEmpty } == true }

    /// Each of `timexes` in order, read where it lies (no array made).
    func forEachTimex(_ body: (TextSpan) -> Void) {
        if let firstTimex { body(firstTimex) }
        if let rest = rare.first?.timexes { rest.forEach(body) }
    }

    /// The texts of `timexes`, read where they lie (no array made).
    var timexTexts: TimexTexts { TimexTexts(first: firstTimex?.text, rest: (rare.first?.timexes ?? []).makeIterator()) }

    struct TimexTexts: Sequence, IteratorProtocol {
        fileprivate var first: String?
        fileprivate var rest: IndexingIterator<[TextSpan]>

        mutating func next() -> String? {
            if let text = first {
                first = nil
                return text
            }
            return rest.next()?.text
        }
    }

    /// The id of the event whose date this one inherited, if any.
    public var inheritedFrom: String? {
        get { rare.first?.inheritedFrom }
        set { updateRare { $0.inheritedFrom = newValue } }
    }
    /// People and organisations taking part, full names with their titles.
    public var actors: [String] {
        get { storedActors }
        set {
            let old = storedActors
            storedActors = newValue
            if newValue != old { roles = Self.roles(packed: packedRoles, stray: strayRoles, actors: old) }
        }
    }
    /// The role of each actor, by the actor's name as in `actors`.
    public var roles: [String: ParticipantRole] {
        get { Self.roles(packed: packedRoles, stray: strayRoles, actors: actors) }
        set {
            (packedRoles, strayRoles) = (0, [:])
            for (actor, role) in newValue { setRole(role, of: actor) }
        }
    }
    public var places: [String]
    /// A short clause from the text: subject, verb, object, place.
    public var headline: String
    /// The sentence that reports the event, as evidence.
    public var sentence: TextSpan
    /// Every article that reports the event, this one first; more than one after a merge.
    public var sources: [EventSource] {
        get {
            storedSources ?? [EventSource(
                document: document, trigger: trigger, sentence: sentence, firstTimex: firstTimex,
                moreTimexes: rare.first?.timexes ?? [])]
        }
        set { storedSources = newValue }
    }

    /// Adds `other`'s sources after this event's, in place: `sources += other.sources` copied
    /// the list held so far at every merge (each source's strings retained, then released),
    /// quadratic for a happening many articles report.
    mutating func appendSources(of other: Event) {
        let more = other.sources
        guard storedSources != nil else {
            storedSources = sources + more
            return
        }
        updateRare { $0.sources!.append(contentsOf: more) }
    }

    /// The sources once set or merged; nil while the event's own report is its only source,
    /// which then costs no allocation (a chronology can hold millions of events).
    var storedSources: [EventSource]? {
        get { rare.first?.sources }
        set { updateRare { $0.sources = newValue } }
    }

    /// `actors` and `document` as they lie, for writers that read them in place (the getters
    /// return copies, retained and released for every row).
    private(set) var storedActors: [String]

    private(set) var storedDocument: String
    /// The id when it is not `DOC-eN`; empty otherwise.
    private var storedID: String {
        get { rare.first?.id ?? "" }
        set { updateRare { $0.id = newValue } }
    }
    /// The role of the actor at index i of `actors` (its first occurrence, among the first 16)
    /// in bits 4i to 4i+3: 0 for none, else 1 + the role's index in `ParticipantRole.allCases`.
    private var packedRoles: UInt64 = 0
    /// The roles of names that `packedRoles` cannot hold.
    private var strayRoles: [String: ParticipantRole] {
        get { rare.first?.strayRoles ?? [:] }
        set { updateRare { $0.strayRoles = newValue } }
    }

    /// The fields most events leave empty, apart: none (no allocation, 8 bytes) or one, where
    /// they would take 48 bytes in every event.
    private var rare: [RareFields] = []

    private struct RareFields: Hashable, Sendable {
        var id = ""
        var inheritedFrom: String?
        var sources: [EventSource]?
        var strayRoles: [String: ParticipantRole] = [:]
        /// `timexes` after the first.
        var timexes: [TextSpan] = []
    }

    /// Makes each expression's text `share(text)`, an equal string (one copy kept for many
    /// events), in place.
    mutating func shareTimexTexts(_ share: (String) -> String) {
        if let text = firstTimex?.text { firstTimex!.text = share(text) }
        guard rare.first.map({ !$0.timexes.isEmpty }) == true else { return }
        for index in rare[0].timexes.indices { rare[0].timexes[index].text = share(rare[0].timexes[index].text) }
    }

    /// Makes each actor's name `share(name)`, an equal string, in place: through `actors`, the
    /// list was copied (the property still held it), then compared with the old one.
    mutating func shareActors(_ share: (String) -> String) {
        for index in storedActors.indices { storedActors[index] = share(storedActors[index]) }
    }

    /// Changes the rare fields; an event whose rare fields are all empty holds none, so that
    /// equal events compare and hash equal.
    private mutating func updateRare(_ change: (inout RareFields) -> Void) {
        if rare.isEmpty {
            var fields = RareFields()
            change(&fields)
            if fields != RareFields() { rare = [fields] }
        } else {
            change(&rare[0])
            if rare[0] == RareFields() { rare = [] }
        }
    }

    /// The role of `actor`, as `roles[actor]` without building the dictionary.
    public func role(of actor: String) -> ParticipantRole? {
        guard let index = Self.packedIndex(of: actor, in: storedActors) else { return strayRoles[actor] }
        let code = Int(packedRoles >> (4 * index) & 0xF)
        return code == 0 ? nil : ParticipantRole.allCases[code - 1]
    }

    /// The roles of names that are not among `actors`, sorted by name: the rest of `roles`,
    /// which `role(of:)` gives for each actor.
    public var rolesOfOthers: [(name: String, role: ParticipantRole)] {
        let stray = strayRoles
        guard !stray.isEmpty else { return [] }
        let actors = self.actors
        return stray.filter { !actors.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Appends `actor` to `actors` with its role: as `actors.append(actor)` then
    /// `setRole(role, of: actor)`, without re-filing the other actors' roles.
    mutating func appendActor(_ actor: String, role: ParticipantRole?) {
        storedActors.append(actor)
        // Appending moves no earlier name: only a stray role of this name may now be packed.
        if !strayRoles.isEmpty, Self.packedIndex(of: actor, in: storedActors) != nil { strayRoles[actor] = nil }
        setRole(role, of: actor)
    }

    /// Sets `roles[actor]`.
    public mutating func setRole(_ role: ParticipantRole?, of actor: String) {
        guard let index = Self.packedIndex(of: actor, in: storedActors) else {
            strayRoles[actor] = role
            return
        }
        let code = role.map { UInt64(ParticipantRole.allCases.firstIndex(of: $0)! + 1) } ?? 0
        packedRoles = packedRoles & ~(0xF << (4 * index)) | code << (4 * index)
    }

    /// Where `actor`'s role is packed: the index of its first occurrence in `actors`, if below 16.
    /// (Read in place: `actors`, the getter, and a prefix of it were each a reference retained
    /// and released, for every role the extractor sets.)
    private static func packedIndex(of actor: String, in actors: [String]) -> Int? {
        for index in 0..<min(actors.count, 16) where actors[index] == actor { return index }
        return nil
    }

    /// The roles as a dictionary, from their packed form and the actors it refers to.
    private static func roles(
        packed: UInt64, stray: [String: ParticipantRole], actors: [String]
    ) -> [String: ParticipantRole] {
        var roles = stray
        for (index, actor) in actors.prefix(16).enumerated() where roles[actor] == nil {
            let code = Int(packed >> (4 * index) & 0xF)
            if code > 0 { roles[actor] = ParticipantRole.allCases[code - 1] }
        }
        return roles
    }

    /// The stored form of an id: N when it reads `DOC-eN`, else the id itself.
    private static func compact(id: String, document: String) -> (id: String, number: Int32) {
        let prefix = (document + "-e").utf8
        guard id.utf8.starts(with: prefix) else { return (id, 0) }
        let digits = Substring(id.utf8.dropFirst(prefix.count))
        guard let number = Int32(digits), number > 0, String(number) == digits else { return (id, 0) }
        return ("", number)
    }
}

// The initializers lie in an extension, so that the struct keeps its memberwise initializer,
// which they call: an event made by an initializer written in the struct's body was copied
// into its caller's array (its strings retained) and the one made destroyed.
extension Event {
    public init(
        id: String, document: String, trigger: TextSpan, eventClass: EventClass, type: EventType,
        when: TimeValue?, timexes: [TextSpan], inheritedFrom: String? = nil, actors: [String],
        places: [String], headline: String, sentence: TextSpan
    ) {
        let (storedID, idNumber) = Self.compact(id: id, document: document)
        self.init(
            idNumber: idNumber, storedID: storedID, document: document, trigger: trigger, eventClass: eventClass,
            type: type, when: when, timexes: timexes, inheritedFrom: inheritedFrom, actors: actors, places: places,
            headline: headline, sentence: sentence)
    }

    /// An event with the id `DOC-eN` for `idNumber` N ≥ 1, which the extractor numbers without
    /// writing the id out and reading it back; or with `storedID` when `idNumber` is 0.
    init(
        idNumber: Int32, storedID: String = "", document: String, trigger: TextSpan, eventClass: EventClass,
        type: EventType, when: TimeValue?, timexes: some Collection<TextSpan>, inheritedFrom: String? = nil,
        actors: [String], places: [String], headline: String, sentence: TextSpan
    ) {
        let (first, more) = TextSpan.split(timexes)
        self.init(
            trigger: trigger, eventClass: eventClass, type: type, idNumber: idNumber, when: when, firstTimex: first,
            places: places, headline: headline, sentence: sentence, storedActors: actors, storedDocument: document,
            packedRoles: 0,
            rare: storedID.isEmpty && inheritedFrom == nil && more.isEmpty
                ? [] : [RareFields(id: storedID, inheritedFrom: inheritedFrom, timexes: more)])
    }
}

/// Where an article reports an event: its document, trigger, sentence and dating expressions.
public struct EventSource: Hashable, Sendable {
    public var document: String
    public var trigger: TextSpan
    public var sentence: TextSpan
    public var timexes: [TextSpan] {
        get { TextSpan.joined(firstTimex, moreTimexes) }
        set { (firstTimex, moreTimexes) = TextSpan.split(newValue) }
    }
    /// As in `Event`: the first expression in place, the rest apart (a merged event keeps a
    /// source for each report it absorbed, and an array of one took 64 bytes).
    private var firstTimex: TextSpan?
    private var moreTimexes: [TextSpan]

    public init(document: String, trigger: TextSpan, sentence: TextSpan, timexes: [TextSpan]) {
        let (first, more) = TextSpan.split(timexes)
        self.init(document: document, trigger: trigger, sentence: sentence, firstTimex: first, moreTimexes: more)
    }

    init(document: String, trigger: TextSpan, sentence: TextSpan, firstTimex: TextSpan?, moreTimexes: [TextSpan]) {
        self.document = document
        self.trigger = trigger
        self.sentence = sentence
        self.firstTimex = firstTimex
        self.moreTimexes = moreTimexes
    }
}

/// A piece of a body: Unicode-scalar offsets (end exclusive) and the text.
///
/// The offsets are kept in 32 bits, as every offset into an article is
/// (`TokenizedText.maxBodyBytes`): 24 bytes a span, not 32, and a chronology holds two for each
/// event and each source (its trigger and its sentence). An offset beyond 32 bits is clamped.
public struct TextSpan: Hashable, Sendable {
    private var storedStart: Int32
    private var storedEnd: Int32
    public var text: String

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    public init(start: Int, end: Int, text: String) {
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        self.text = text
    }

    /// Spans as an event or a source keeps them: the first in place, the rest apart (nearly every
    /// dated event has one expression, and an array of one took 64 bytes of its own). One form
    /// for each list, so that equal lists compare and hash equal as kept.
    static func split(_ spans: some Collection<TextSpan>) -> (first: TextSpan?, rest: [TextSpan]) {
        guard let first = spans.first else { return (nil, []) }
        return (first, spans.count == 1 ? [] : Array(spans.dropFirst()))
    }

    /// The spans `split` keeps apart, as one list.
    static func joined(_ first: TextSpan?, _ rest: [TextSpan]) -> [TextSpan] {
        guard let first else { return rest }
        return rest.isEmpty ? [first] : [first] + rest
    }
}

/// The TimeML class of an event.
public enum EventClass: String, CaseIterable, Sendable {
    case occurrence = "OCCURRENCE", reporting = "REPORTING", state = "STATE"
    case iAction = "I_ACTION", iState = "I_STATE", aspectual = "ASPECTUAL", perception = "PERCEPTION"
}

/// A small typology aligned with the top levels of CAMEO.
public enum EventType: String, CaseIterable, Sendable {
    case statement, call, visit, hosting, meeting, negotiation, praise, criticism, agreement
    case protest, violence, legal, election, announcement, other

    /// The CAMEO top-level code the type corresponds to.
    public var cameoCode: String {
        switch self {
        case .statement: "01"
        case .call: "041"
        case .announcement: "01"
        case .visit: "042"
        case .hosting: "043"
        case .meeting: "044"
        case .negotiation: "046"
        case .praise: "051"
        case .agreement: "057"
        case .criticism: "11"
        case .protest: "14"
        case .legal: "115"
        case .election: "00"
        case .violence: "18"
        case .other: "00"
        }
    }
}

/// The ordered events of one or many articles.
public struct Chronology: Hashable, Sendable {
    public var events: [Event]
    /// The articles it was built from, with their document dates.
    public var documents: [DocumentInfo]

    public init(events: [Event], documents: [DocumentInfo]) {
        self.events = events
        self.documents = documents
    }
}

/// What the chronology records about a source article.
public struct DocumentInfo: Hashable, Sendable {
    public var id: String
    public var source: String
    public var date: DocumentDate
    /// The publication day Frise worked with (estimated when the DCT is coarser than a day).
    public var referenceDay: CalendarDay
    public var title: String?

    public init(id: String, source: String, date: DocumentDate, referenceDay: CalendarDay, title: String?) {
        self.id = id
        self.source = source
        self.date = date
        self.referenceDay = referenceDay
        self.title = title
    }
}
