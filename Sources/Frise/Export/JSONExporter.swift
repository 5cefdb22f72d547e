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
public struct JSONExporter: Sendable {
    public init() {}

    /// The JSON text, ending with a newline.
    public func render(_ chronology: Chronology) -> String {
        let root = JSONNode.object([
            ("documents", .array(chronology.documents.map(node(of:)))),
            ("events", .array(chronology.events.map(node(of:)))),
        ])
        var out: [UInt8] = []
        root.write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func node(of document: DocumentInfo) -> JSONNode {
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
