/// One line of `frise events --format jsonl`: an event of one article, before any merging.
///
/// Keys, in this order: `doc`, `id`, `trigger` (`start`, `end`, `text`: Unicode-scalar
/// offsets into the body), `class`, `type`, `cameo`, `when` (`value`, `start`, `end`,
/// `granularity`, `certainty`, `type`, `mod`, `freq`, or null when undated), `timexes`,
/// `inherited_from`, `actors`, `roles` (actor → agent, recipient, partner or other), `places`,
/// `headline`, `sentence` (`start`, `end`, `text`), then
/// what a chronology records about the article: `doc_date` (its document date),
/// `doc_reference_day` (the publication day used, estimated when the date is coarser than a
/// day), `doc_source` and `doc_title`. With those, `EventLineReader` rebuilds the events and
/// the chronology exactly as a single run would (`frise timeline --events`).
public struct EventLine: Sendable {
    public let event: Event
    /// The article the event comes from; its `doc_…` keys are left out when nil.
    public let document: DocumentInfo?

    public init(event: Event, document: DocumentInfo? = nil) {
        self.event = event
        self.document = document
    }

    public var json: String {
        func span(_ span: TextSpan) -> String {
            "{\"start\":\(span.start),\"end\":\(span.end),\"text\":\(JSONText.string(span.text))}"
        }
        func strings(_ values: [String]) -> String { "[" + values.map(JSONText.string).joined(separator: ",") + "]" }
        var when = "null"
        if let value = event.when {
            when = "{\"value\":\(JSONText.string(value.value)),"
                + "\"start\":\(value.start.map { JSONText.string($0.description) } ?? "null"),"
                + "\"end\":\(value.end.map { JSONText.string($0.description) } ?? "null"),"
                + "\"granularity\":\(JSONText.string(value.granularity.rawValue)),"
                + "\"certainty\":\(JSONText.string(value.certainty.rawValue)),"
                + "\"type\":\(JSONText.string(value.type.rawValue)),"
                + "\"mod\":\(value.mod.map(JSONText.string) ?? "null"),"
                + "\"freq\":\(value.frequency.map(JSONText.string) ?? "null")}"
        }
        let named = Set(event.actors)
        let eventRoles = event.roles
        let roleOrder = event.actors.filter { eventRoles[$0] != nil } + eventRoles.keys.filter { !named.contains($0) }.sorted()
        let roles = "{" + roleOrder.map { "\(JSONText.string($0)):\(JSONText.string(eventRoles[$0]!.rawValue))" }
            .joined(separator: ",") + "}"
        var fields: [(String, String)] = [
            ("doc", JSONText.string(event.document)),
            ("id", JSONText.string(event.id)),
            ("trigger", span(event.trigger)),
            ("class", JSONText.string(event.eventClass.rawValue)),
            ("type", JSONText.string(event.type.rawValue)),
            ("cameo", JSONText.string(event.type.cameoCode)),
            ("when", when),
            ("timexes", "[" + event.timexes.map(span).joined(separator: ",") + "]"),
            ("inherited_from", event.inheritedFrom.map(JSONText.string) ?? "null"),
            ("actors", strings(event.actors)),
            ("roles", roles),
            ("places", strings(event.places)),
            ("headline", JSONText.string(event.headline)),
            ("sentence", span(event.sentence)),
        ]
        if let document { fields += Self.documentFields(document) }
        return Self.object(fields)
    }

    /// The line `frise events --documents` writes for an article that reports no event: `doc`
    /// and the `doc_…` keys only, so that the chronology still lists the article.
    public static func documentOnly(_ document: DocumentInfo) -> String {
        object([("doc", JSONText.string(document.id))] + documentFields(document))
    }

    static func documentFields(_ document: DocumentInfo) -> [(String, String)] {
        [
            ("doc_date", JSONText.string(document.date.description)),
            ("doc_reference_day", JSONText.string(document.referenceDay.description)),
            ("doc_source", JSONText.string(document.source)),
            ("doc_title", document.title.map(JSONText.string) ?? "null"),
        ]
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
