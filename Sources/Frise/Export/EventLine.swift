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
    /// go into one buffer, each line written through a cursor (see `ByteCursor`) into room made
    /// for its longest form, then appended at once.
    public func write(to out: inout [UInt8]) { write(to: &out, documentFields: document.map(Self.documentFields)) }

    /// The lines of an article's events, each ended by a line break: the article's `doc_…` keys
    /// written once, then copied into each line.
    public static func write(_ events: [Event], of document: DocumentInfo, to out: inout [UInt8]) {
        let fields = documentFields(document)
        for event in events {
            EventLine(event: event, document: document).write(to: &out, documentFields: fields)
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// The `doc_…` keys of a document as JSON text, each after a comma (see `writeDocumentFields`).
    static func documentFields(_ document: DocumentInfo) -> [UInt8] {
        let date = document.date.description
        let strings = date.utf8.count + document.source.utf8.count + (document.title?.utf8.count ?? 0)
        var fields: [UInt8] = []
        fields.write(atMost: 256 + ByteCursor.jsonStringBound(strings)) { writeDocumentFields(document, date: date, to: &$0) }
        return fields
    }

    /// The line, with `documentFields` (`documentFields(_:)` of the event's document) as its
    /// last keys.
    private func write(to out: inout [UInt8], documentFields: [UInt8]?) {
        let event = self.event
        // An id `DOC-eN` written in pieces: no string made for it (see `Event.id`).
        let idNumber = event.idNumberInDocument
        let id = idNumber == nil ? event.id : nil
        // The line's bound: its strings, each escaped at worst (`jsonStringBound`), and room
        // enough for its keys, punctuation, numbers and days.
        var strings = 0, count = 0
        func add(_ text: String?) {
            guard let text else { return }
            strings += text.utf8.count
            count += 1
        }
        add(event.document)
        if idNumber != nil {
            strings += event.document.utf8.count + 22  // "-e" and at most 20 digits
            count += 1
        }
        add(id)
        add(event.trigger.text)
        add(event.headline)
        add(event.sentence.text)
        if let value = event.when?.valueText {
            strings += value.utf8Count
            count += 1
        }
        add(event.when?.mod)
        add(event.when?.frequency)
        let timexes = event.timexes  // made once (the first lies in the event, the rest apart)
        for timex in timexes { add(timex.text) }
        add(event.inheritedFrom)
        for name in event.actors {  // written twice: among the actors, and as a key of the roles
            add(name)
            add(name)
        }
        let others = event.rolesOfOthers
        for (name, _) in others { add(name) }
        for name in event.places { add(name) }
        let roles = event.actors.count + others.count
        let bound = 1024 + 64 * timexes.count + 16 * roles + 2 * count + ByteCursor.jsonStringBound(strings)
            + (documentFields?.count ?? 0)
        out.write(atMost: bound) { line in
            line.jsonField(#"{"doc":"#, event.document)
            if let idNumber {
                line.jsonField(#","id":"#, event.document, "-e", idNumber)
            } else {
                line.jsonField(#","id":"#, id!)
            }
            Self.write(#","trigger":"#, event.trigger, to: &line)
            line.jsonName(#","class":"#, event.eventClass.rawValue)
            line.jsonName(#","type":"#, event.type.rawValue)
            line.jsonName(#","cameo":"#, event.type.cameoCode)
            Self.write(#","when":"#, event.when, modAndFrequency: true, to: &line)
            line.raw(#","timexes":["#)
            for (index, timex) in timexes.enumerated() { Self.write(index > 0 ? "," : "", timex, to: &line) }
            Self.write(#"],"inherited_from":"#, event.inheritedFrom, to: &line)
            Self.write(#","actors":"#, event.actors, to: &line)
            Self.writeRoles(of: event, others: others, to: &line)
            Self.write(#","places":"#, event.places, to: &line)
            line.jsonField(#","headline":"#, event.headline)
            Self.write(#","sentence":"#, event.sentence, to: &line)
            documentFields?.withUnsafeBufferPointer { line.raw($0) }
            line.byte(UInt8(ascii: "}"))
        }
    }

    /// The line `frise events --documents` writes for an article that reports no event: `doc`
    /// and the `doc_…` keys only, so that the chronology still lists the article.
    public static func documentOnly(_ document: DocumentInfo) -> String {
        let fields = documentFields(document)
        var out: [UInt8] = []
        out.write(atMost: 16 + ByteCursor.jsonStringBound(document.id.utf8.count) + fields.count) { line in
            line.jsonField(#"{"doc":"#, document.id)
            fields.withUnsafeBufferPointer { line.raw($0) }
            line.byte(UInt8(ascii: "}"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The `doc_…` keys, each after a comma (`date`: the document date's `description`).
    static func writeDocumentFields(_ document: DocumentInfo, date: String, to line: inout ByteCursor) {
        line.jsonField(#","doc_date":"#, date)
        write(#","doc_reference_day":"#, document.referenceDay, to: &line)
        line.jsonField(#","doc_source":"#, document.source)
        write(#","doc_title":"#, document.title, to: &line)
    }

    /// `key`, then the value's object (`value`, `start`, `end`, `granularity`, `certainty`,
    /// `type`, and with `modAndFrequency` `mod` and `freq`), or null.
    static func write(_ key: StaticString, _ value: TimeValue?, modAndFrequency: Bool, to line: inout ByteCursor) {
        line.raw(key)
        guard let value else { return line.raw("null") }
        line.jsonField(#"{"value":"#, value.valueText)
        write(#","start":"#, value.start, to: &line)
        write(#","end":"#, value.end, to: &line)
        line.jsonName(#","granularity":"#, value.granularity.rawValue)
        line.jsonName(#","certainty":"#, value.certainty.rawValue)
        line.jsonName(#","type":"#, value.type.rawValue)
        if modAndFrequency {
            write(#","mod":"#, value.mod, to: &line)
            write(#","freq":"#, value.frequency, to: &line)
        }
        line.byte(UInt8(ascii: "}"))
    }

    /// `,"roles":` and the object of the actors' roles in their order, then `others`. Read from
    /// their packed form: `event.roles` would build a dictionary for every line.
    static func writeRoles(
        of event: borrowing Event, others: [(name: String, role: ParticipantRole)], to line: inout ByteCursor
    ) {
        line.raw(#","roles":{"#)
        var first = true
        func role(_ actor: String, _ role: ParticipantRole) {
            if !first { line.byte(UInt8(ascii: ",")) }
            first = false
            line.jsonString(actor)
            line.byte(UInt8(ascii: ":"))
            line.jsonString(role.rawValue)
        }
        for actor in event.actors { if let found = event.role(of: actor) { role(actor, found) } }
        for (name, found) in others { role(name, found) }
        line.byte(UInt8(ascii: "}"))
    }

    /// `key` (written as it is), then `{"start":…,"end":…,"text":…}`.
    static func write(_ key: StaticString, _ span: TextSpan, to line: inout ByteCursor) {
        line.raw(key)
        line.raw(#"{"start":"#)
        line.decimal(span.start)
        line.raw(#","end":"#)
        line.decimal(span.end)
        line.jsonField(#","text":"#, span.text)
        line.byte(UInt8(ascii: "}"))
    }

    /// `key`, then a JSON array of strings.
    static func write(_ key: StaticString, _ values: [String], to line: inout ByteCursor) {
        line.raw(key)
        line.byte(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { line.byte(UInt8(ascii: ",")) }
            line.jsonString(value)
        }
        line.byte(UInt8(ascii: "]"))
    }

    /// `key`, then a day as a JSON string (`YYYY-MM-DD`), or null.
    static func write(_ key: StaticString, _ day: CalendarDay?, to line: inout ByteCursor) {
        line.raw(key)
        guard let day else { return line.raw("null") }
        line.byte(UInt8(ascii: "\""))
        line.iso(day)
        line.byte(UInt8(ascii: "\""))
    }

    /// `key`, then a string, or null.
    static func write(_ key: StaticString, _ text: String?, to line: inout ByteCursor) {
        line.raw(key)
        guard let text else { return line.raw("null") }
        line.jsonString(text)
    }
}
