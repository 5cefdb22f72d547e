/// One happening reported in a clause, with when, who, what and where.
public struct Event: Hashable, Sendable {
    /// Stable id within the chronology: `DOC-eN`, N counting events in text order.
    public var id: String
    /// The id of the article that reports the event.
    public var document: String
    /// The word that reports the happening ("reçu", "visite").
    public var trigger: TextSpan
    public var eventClass: EventClass
    public var type: EventType
    /// When it happened, or nil when the text does not date it.
    public var when: TimeValue?
    /// The temporal expressions that dated the event (empty when undated or inherited).
    public var timexes: [TextSpan]
    /// The id of the event whose date this one inherited, if any.
    public var inheritedFrom: String?
    /// People and organisations taking part, full names with their titles.
    public var actors: [String]
    /// The role of each actor, by the actor's name as in `actors`.
    public var roles: [String: ParticipantRole] = [:]
    public var places: [String]
    /// A short clause from the text: subject, verb, object, place.
    public var headline: String
    /// The sentence that reports the event, as evidence.
    public var sentence: TextSpan
    /// Every article that reports the event, this one first; more than one after a merge.
    public var sources: [EventSource] {
        get { storedSources ?? [EventSource(document: document, trigger: trigger, sentence: sentence, timexes: timexes)] }
        set { storedSources = newValue }
    }

    /// The sources once set or merged; nil while the event's own report is its only source,
    /// which then costs no allocation (a chronology can hold millions of events).
    private var storedSources: [EventSource]?

    public init(
        id: String, document: String, trigger: TextSpan, eventClass: EventClass, type: EventType,
        when: TimeValue?, timexes: [TextSpan], inheritedFrom: String? = nil, actors: [String],
        places: [String], headline: String, sentence: TextSpan
    ) {
        self.id = id
        self.document = document
        self.trigger = trigger
        self.eventClass = eventClass
        self.type = type
        self.when = when
        self.timexes = timexes
        self.inheritedFrom = inheritedFrom
        self.actors = actors
        self.places = places
        self.headline = headline
        self.sentence = sentence
    }
}

/// Where an article reports an event: its document, trigger, sentence and dating expressions.
public struct EventSource: Hashable, Sendable {
    public var document: String
    public var trigger: TextSpan
    public var sentence: TextSpan
    public var timexes: [TextSpan]

    public init(document: String, trigger: TextSpan, sentence: TextSpan, timexes: [TextSpan]) {
        self.document = document
        self.trigger = trigger
        self.sentence = sentence
        self.timexes = timexes
    }
}

/// A piece of a body: Unicode-scalar offsets (end exclusive) and the text.
public struct TextSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
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
