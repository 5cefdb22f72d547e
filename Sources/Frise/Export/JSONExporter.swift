/// Writes a chronology as one pretty-printed JSON document.
///
/// The shape, with keys always in this order:
///
/// ```json
/// {
///   "documents": [{"id", "source", "date", "reference_day", "title"}],
///   "events": [{
///     "id", "document", "type", "cameo", "class",
///     "when": {"value", "start", "end", "granularity", "certainty", "type"} or null,
///     "trigger": {"start", "end", "text"},
///     "timexes": [{"start", "end", "text"}],
///     "inherited_from", "actors", "roles": {actor: role}, "places", "headline",
///     "sentence": {"start", "end", "text"},
///     "sources": [{"document", "trigger", "sentence"}]
///   }]
/// }
/// ```
///
/// Offsets are Unicode-scalar offsets into the article body, end exclusive;
/// `start`/`end` of `when` are ISO days, null when the value has no span.
///
/// The text ends with a newline. It is written in pieces (`PiecewiseExporter`): the documents
/// and the opening of `events`, each event's object, then the closing; as the tree of the whole
/// chronology (`JSONNode`) writes it, byte for byte, without that tree, which for 60,000 events
/// took 390 MB and most of the time.
public struct JSONExporter: PiecewiseExporter {
    public init() {}

    /// The opening brace, the documents, then the opening of the events' array (or the empty
    /// array when there is no event).
    public func head(of chronology: Chronology) -> [UInt8] {
        var out = Array("{\n  \"documents\": ".utf8)
        JSONNode.array(chronology.documents.map(node(of:))).write(to: &out, indent: 1)
        out += ",\n  \"events\": ".utf8
        out += (chronology.events.isEmpty ? "[]" : "[").utf8
        return out
    }

    /// Each event's object, two levels in, after a comma unless it is the chronology's first.
    public func rows(of events: ArraySlice<Event>) -> [UInt8] {
        var out: [UInt8] = []
        for index in events.indices {
            out += (index == 0 ? "\n    " : ",\n    ").utf8
            node(of: events[index]).write(to: &out, indent: 2)
        }
        return out
    }

    /// The events' array closed (unless empty: closed already), then the root object.
    public func tail(of chronology: Chronology) -> [UInt8] {
        Array((chronology.events.isEmpty ? "\n}\n" : "\n  ]\n}\n").utf8)
    }

    func node(of document: DocumentInfo) -> JSONNode {
        .object([
            ("id", .string(document.id)),
            ("source", .string(document.source)),
            ("date", .string(document.date.description)),
            ("reference_day", .string(document.referenceDay.description)),
            ("title", document.title.map(JSONNode.string) ?? .null),
        ])
    }

    /// The object of one event; `JSONLinesExporter` writes the same objects, one a line.
    func node(of event: Event) -> JSONNode {
        .object([
            ("id", .string(event.id)),
            ("document", .string(event.document)),
            ("type", .string(event.type.rawValue)),
            ("cameo", .string(event.type.cameoCode)),
            ("class", .string(event.eventClass.rawValue)),
            ("when", event.when.map(node(of:)) ?? .null),
            ("trigger", node(of: event.trigger)),
            ("timexes", .array(event.timexes.map(node(of:)))),
            ("inherited_from", event.inheritedFrom.map(JSONNode.string) ?? .null),
            ("actors", .array(event.actors.map(JSONNode.string))),
            ("roles", .object(event.actors.compactMap { actor in event.role(of: actor).map { (actor, .string($0.rawValue)) } })),
            ("places", .array(event.places.map(JSONNode.string))),
            ("headline", .string(event.headline)),
            ("sentence", node(of: event.sentence)),
            ("sources", .array(event.sources.map(node(of:)))),
        ])
    }

    private func node(of source: EventSource) -> JSONNode {
        .object([
            ("document", .string(source.document)),
            ("trigger", node(of: source.trigger)),
            ("sentence", node(of: source.sentence)),
        ])
    }

    private func node(of value: TimeValue) -> JSONNode {
        .object([
            ("value", .string(value.value)),
            ("start", value.start.map { .string($0.description) } ?? .null),
            ("end", value.end.map { .string($0.description) } ?? .null),
            ("granularity", .string(value.granularity.rawValue)),
            ("certainty", .string(value.certainty.rawValue)),
            ("type", .string(value.type.rawValue)),
        ])
    }

    private func node(of span: TextSpan) -> JSONNode {
        .object([("start", .number(span.start)), ("end", .number(span.end)), ("text", .string(span.text))])
    }
}
