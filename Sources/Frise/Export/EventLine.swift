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
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of the line, without its line break, to `out`: the lines of an article
    /// go into one buffer, each field written once (a sentence is not copied through nested strings).
    public func write(to out: inout [UInt8]) {
        let event = self.event
        JSONText.append(#"{"doc":"#, event.document, to: &out)
        JSONText.append(#","id":"#, event.id, to: &out)
        Self.append(#","trigger":"#, event.trigger, to: &out)
        JSONText.append(#","class":"#, event.eventClass.rawValue, to: &out)
        JSONText.append(#","type":"#, event.type.rawValue, to: &out)
        JSONText.append(#","cameo":"#, event.type.cameoCode, to: &out)
        JSONText.appendRaw(#","when":"#, to: &out)
        if let value = event.when {
            JSONText.append(#"{"value":"#, value.value, to: &out)
            Self.append(#","start":"#, value.start, to: &out)
            Self.append(#","end":"#, value.end, to: &out)
            JSONText.append(#","granularity":"#, value.granularity.rawValue, to: &out)
            JSONText.append(#","certainty":"#, value.certainty.rawValue, to: &out)
            JSONText.append(#","type":"#, value.type.rawValue, to: &out)
            Self.append(#","mod":"#, value.mod, to: &out)
            Self.append(#","freq":"#, value.frequency, to: &out)
            out.append(UInt8(ascii: "}"))
        } else {
            JSONText.appendRaw("null", to: &out)
        }
        JSONText.appendRaw(#","timexes":["#, to: &out)
        for (index, timex) in event.timexes.enumerated() { Self.append(index > 0 ? "," : "", timex, to: &out) }
        Self.append(#"],"inherited_from":"#, event.inheritedFrom, to: &out)
        Self.append(#","actors":"#, event.actors, to: &out)
        JSONText.appendRaw(#","roles":{"#, to: &out)
        // The roles of the actors in their order, then those of names not among the actors, sorted.
        var first = true
        func role(_ actor: String, _ role: ParticipantRole) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONText.append(actor, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONText.append(role.rawValue, to: &out)
        }
        // Read from their packed form: `event.roles` would build a dictionary for every line.
        for actor in event.actors { if let found = event.role(of: actor) { role(actor, found) } }
        for (name, found) in event.rolesOfOthers { role(name, found) }
        Self.append(#"},"places":"#, event.places, to: &out)
        JSONText.append(#","headline":"#, event.headline, to: &out)
        Self.append(#","sentence":"#, event.sentence, to: &out)
        if let document { Self.appendDocumentFields(document, to: &out) }
        out.append(UInt8(ascii: "}"))
    }

    /// The line `frise events --documents` writes for an article that reports no event: `doc`
    /// and the `doc_…` keys only, so that the chronology still lists the article.
    public static func documentOnly(_ document: DocumentInfo) -> String {
        var out: [UInt8] = []
        JSONText.append(#"{"doc":"#, document.id, to: &out)
        appendDocumentFields(document, to: &out)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The `doc_…` keys, each after a comma.
    static func appendDocumentFields(_ document: DocumentInfo, to out: inout [UInt8]) {
        JSONText.append(#","doc_date":"#, document.date.description, to: &out)
        append(#","doc_reference_day":"#, document.referenceDay, to: &out)
        JSONText.append(#","doc_source":"#, document.source, to: &out)
        append(#","doc_title":"#, document.title, to: &out)
    }

    /// `key` (written as it is), then `{"start":…,"end":…,"text":…}`.
    private static func append(_ key: StaticString, _ span: TextSpan, to out: inout [UInt8]) {
        JSONText.appendRaw(key, to: &out)
        JSONText.appendRaw(#"{"start":"#, to: &out)
        DecimalDigits.append(span.start, to: &out)
        JSONText.appendRaw(#","end":"#, to: &out)
        DecimalDigits.append(span.end, to: &out)
        JSONText.append(#","text":"#, span.text, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `key`, then a JSON array of strings.
    private static func append(_ key: StaticString, _ values: [String], to out: inout [UInt8]) {
        JSONText.appendRaw(key, to: &out)
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `key`, then a day as a JSON string (`YYYY-MM-DD`), or null.
    private static func append(_ key: StaticString, _ day: CalendarDay?, to out: inout [UInt8]) {
        JSONText.appendRaw(key, to: &out)
        guard let day else { return JSONText.appendRaw("null", to: &out) }
        out.append(UInt8(ascii: "\""))
        day.appendISO(to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `key`, then a string, or null.
    private static func append(_ key: StaticString, _ text: String?, to out: inout [UInt8]) {
        JSONText.appendRaw(key, to: &out)
        guard let text else { return JSONText.appendRaw("null", to: &out) }
        JSONText.append(text, to: &out)
    }
}
