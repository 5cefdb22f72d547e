/// One line of `frise events --format jsonl`: an event of one article, before any merging.
///
/// Keys, in this order: `doc`, `id`, `trigger` (`start`, `end`, `text`: Unicode-scalar
/// offsets into the body), `class`, `type`, `cameo`, `when` (`value`, `start`, `end`,
/// `granularity`, `certainty`, or null when undated), `timexes`, `inherited_from`,
/// `actors`, `places`, `headline`, `sentence` (`start`, `end`, `text`).
public struct EventLine: Sendable {
    public let event: Event

    public init(event: Event) { self.event = event }

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
                + "\"certainty\":\(JSONText.string(value.certainty.rawValue))}"
        }
        let fields: [(String, String)] = [
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
            ("places", strings(event.places)),
            ("headline", JSONText.string(event.headline)),
            ("sentence", span(event.sentence)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
