import Foundation
import PropertyBased
import Testing
@testable import Frise

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Random inputs for the property tests: days, hostile text, events and chronologies.
enum Arbitrary {
    /// Any day a DCT can name: 0001-01-01 through 9999-12-31.
    static let anyDay: Generator<CalendarDay, AnySequence<Any>> = Gen.int(
        in: CalendarDay(year: 1, month: 1, day: 1)!.dayNumber...CalendarDay(year: 9999, month: 12, day: 31)!.dayNumber
    ).map { CalendarDay(dayNumber: $0) }.eraseToAny()

    /// Days at the edges of months and years, in ordinary, leap and century years.
    static let edgeDay: Generator<CalendarDay, AnySequence<Any>> = zip(
        Gen.oneOf(Gen.int(in: 1...9999), Gen<Int?>.element(of: [1, 4, 1600, 1900, 2000, 2023, 2024, 2100, 9999]).map { $0! }),
        Gen.int(in: 1...12), Gen.int(in: 0...3)
    ).map { (input: (Int, Int, Int)) -> CalendarDay in
        let (year, month, pick) = input
        let last = CalendarDay.daysIn(month: month, year: year)
        return CalendarDay(year: year, month: month, day: [1, 2, last - 1, last][pick])!
    }.eraseToAny()

    static let day: Generator<CalendarDay, AnySequence<Any>> = Gen.oneOf(anyDay, edgeDay).eraseToAny()

    /// Pieces of text that trouble CSV, XML and spreadsheets.
    static let hostilePieces: [String] = [
        "\"", "\"\"", ",", ";", "\t", "\n", "\r", "\r\n", "=", "+", "-", "@", "'", " ", "=1+1", "@SUM(A1)", "-2",
        "+33 1", "é", "e\u{301}", "\u{301}", "🇫🇷", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{FEFF}",
        "\u{FFFE}", "\u{FFFF}", "\u{2028}", "<", ">", "&", "]]>", "&amp;", "<!--", "Emmanuel Dorval", "l’Élysée", "a",
    ]

    /// Any Unicode scalar (surrogate code points, which are no scalars, become U+FFFD).
    static let anyScalar: Generator<String, AnySequence<Any>> = Gen.int(in: 0...0x10FFFF)
        .map { String(Unicode.Scalar(UInt32($0)) ?? "\u{FFFD}") }.eraseToAny()

    static let piece: Generator<String, AnySequence<Any>> = Gen.oneOf(
        Gen<String?>.element(of: hostilePieces).map { $0! }.eraseToAny(), anyScalar
    ).eraseToAny()

    /// Short strings of hostile pieces and arbitrary scalars, possibly empty.
    static let text: Generator<String, AnySequence<Any>> = piece.array(of: 0...6).map { $0.joined() }.eraseToAny()

    /// A non-empty id that XML can carry (starts with a letter), with hostile text after it.
    static let id: Generator<String, AnySequence<Any>> = text.map { "d" + $0 }.eraseToAny()

    static func span(_ text: String, at start: Int) -> TextSpan {
        TextSpan(start: start, end: start + text.unicodeScalars.count, text: text)
    }

    static let when: Generator<TimeValue?, AnySequence<Any>> = zip(
        Gen.int(in: 0...4), day, Gen.int(in: 0...40), Gen<Certainty?>.element(of: [.explicit, .inferred, .estimated]).map { $0! }
    ).map { (input: (Int, CalendarDay, Int, Certainty)) -> TimeValue? in
        let (kind, day, length, certainty) = input
        switch kind {
        case 0: return nil
        case 1: return .day(day, certainty: certainty)
        case 2: return .month(year: day.year, month: day.month, certainty: certainty)
        case 3: return .day(day.adding(days: -3_652_059), certainty: certainty)  // 9999 years earlier: year 0 or before
        default: return TimeValue.day(day, certainty: certainty).union(.day(day.adding(days: length), certainty: certainty))
        }
    }.eraseToAny()

    /// The parts of an event that are free text, all hostile.
    struct EventTexts {
        var headline: String, trigger: String, sentence: String, timexes: [String], actors: [String], places: [String]
    }

    static let eventTexts: Generator<EventTexts, AnySequence<Any>> = zip(text, text, text, text.array(of: 0...2), text.array(of: 0...3), text.array(of: 0...2))
        .map { (input: (String, String, String, [String], [String], [String])) in
            EventTexts(headline: input.0, trigger: input.1, sentence: input.2, timexes: input.3, actors: input.4, places: input.5)
        }.eraseToAny()

    /// One event of document `document`, numbered `number`.
    static func event(
        _ texts: EventTexts, document: String, number: Int, when: TimeValue?, type: EventType, eventClass: EventClass,
        roles: [ParticipantRole]
    ) -> Event {
        var event = Event(
            id: "\(document)-e\(number)", document: document, trigger: span(texts.trigger, at: 10 * number + 3),
            eventClass: eventClass, type: type, when: when,
            timexes: texts.timexes.enumerated().map { span($0.element, at: $0.offset) }, actors: texts.actors,
            places: texts.places, headline: texts.headline, sentence: span(texts.sentence, at: 10 * number))
        for (actor, role) in zip(texts.actors, roles) { event.roles[actor] = role }
        return event
    }

    /// A chronology of one document and up to three events: hostile texts, any dates, some
    /// events inheriting from others, some merged from two reports.
    static let chronology: Generator<Chronology, AnySequence<Any>> = zip(
        id, text, text.optional, day, eventTexts.array(of: 1...3), when.array(of: 3),
        Gen.int(in: 0...0xFFFF).array(of: 3)
    ).map { (input: (String, String, String?, CalendarDay, [EventTexts], [TimeValue?], [Int])) -> Chronology in
        let (document, source, title, referenceDay, texts, whens, dice) = input
        var events: [Event] = []
        for (index, eventTexts) in texts.enumerated() {
            let die = dice[index]
            var event = Self.event(
                eventTexts, document: document, number: index + 1, when: whens[index],
                type: EventType.allCases[die % EventType.allCases.count],
                eventClass: EventClass.allCases[die / 16 % EventClass.allCases.count],
                roles: (0..<eventTexts.actors.count).map { ParticipantRole.allCases[(die >> $0) % ParticipantRole.allCases.count] })
            if index > 0, die & 0x100 != 0 { event.inheritedFrom = events[die % index].id }
            if die & 0x200 != 0 {  // a second report of the same happening, by the same document
                event.sources.append(EventSource(
                    document: document, trigger: span(eventTexts.headline, at: 500), sentence: span(source, at: 400),
                    timexes: []))
            }
            events.append(event)
        }
        let date = DocumentDate(year: referenceDay.year, month: referenceDay.month, day: referenceDay.day)!
        return Chronology(
            events: events,
            documents: [DocumentInfo(id: document, source: source, date: date, referenceDay: referenceDay, title: title)])
    }.eraseToAny()
}

/// What XML 1.0 can carry of a text: the writer drops the characters the `Char` production forbids.
func xmlCarried(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter {
        switch $0.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    })
    return String(scalars)
}

/// Compares scalar by scalar: `==` on String would call "é" and "e\u{301}" equal.
func sameScalars(_ a: String?, _ b: String?) -> Bool {
    a.map { Array($0.unicodeScalars) } == b.map { Array($0.unicodeScalars) }
}

/// The text without its first U+FEFF when it starts with one: FoundationXML's `stringValue` drops
/// it (CoreFoundation takes it for a byte order mark) although the XML holds it, as Python's parser
/// shows.
func withoutLeadingBOM(_ text: String?) -> String? {
    guard let text, text.unicodeScalars.first == "\u{FEFF}" else { return text }
    return String(text.unicodeScalars.dropFirst())
}

/// The value `body` returns, or nil with an issue recorded when it throws.
///
/// PropertyBased 2.0.1 discards what a property's body throws (it runs the body under `try?`),
/// so a throwing call in a property must be caught and recorded, or a failure would pass unseen.
func recording<T>(_ what: String, _ body: () throws -> T) -> T? {
    do {
        return try body()
    } catch {
        Issue.record("\(what) threw: \(error)")
        return nil
    }
}

@Suite struct PropertyTests {
    /// The resolved values of the expressions in `body`, for a DCT of `day`.
    static func values(in body: String, on day: CalendarDay) -> [(text: String, value: TimeValue)] {
        let date = DocumentDate(year: day.year, month: day.month, day: day.day)!
        let tagged = Tagger().tag(Article(id: "p", source: "p", date: date, body: body))
        return tagged.expressions.map { ($0.mention.text, $0.value) }
    }

    // MARK: - Resolution

    static let hierSentences = [
        "Le ministre a reçu hier son homologue.", "Hier, les syndicats ont manifesté à Nantes.",
        "La tempête a frappé la Corse hier.", "Les négociations ont échoué hier à Paris.",
    ]

    /// "hier" is the day before the DCT, whatever the DCT: month and year ends, leap days, 0001-01-01.
    @Test func hierIsTheDayBeforeTheDocumentDate() async {
        await propertyCheck(count: 1000, input: Arbitrary.day, Gen<String?>.element(of: Self.hierSentences).map { $0! }) {
            day, sentence in
            let hier = Self.values(in: sentence, on: day).first { $0.text.lowercased() == "hier" }?.value
            let expected = day.adding(days: -1)
            #expect(hier?.value == expected.description, "DCT \(day): \(sentence)")
            #expect(hier?.start == expected && hier?.end == expected && hier?.granularity == .day)
            #expect(expected.adding(days: 1) == day && expected < day)
        }
    }

    static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// The ways a weekday is said, with the days (after − before, from the DCT) it may then fall on.
    static let weekdayPhrasings: [(template: String, days: ClosedRange<Int>)] = [
        ("Le ministre a reçu WEEKDAY son homologue à Rabat.", -6...0),  // past: on or before the DCT
        ("Les syndicats ont manifesté WEEKDAY devant la mairie.", -6...0),
        // "recevra" is not read as a future yet (FrenchTense knows no "-vra" ending), hence "se rendra".
        ("Le ministre se rendra WEEKDAY à Rabat.", 0...6),  // future: on or after
        ("Les syndicats manifesteront WEEKDAY devant la mairie.", 0...6),
        ("Le ministre a reçu WEEKDAY dernier son homologue.", -7...(-1)),  // "dernier": strictly before
        ("Le ministre se rendra WEEKDAY prochain à Rabat.", 1...7),  // "prochain": strictly after
    ]

    /// A weekday resolves to that weekday, within a week of the DCT in the direction its tense
    /// (or "dernier", "prochain") gives.
    @Test func weekdaysFollowTheTense() async {
        await propertyCheck(
            count: 1000, input: Arbitrary.day, Gen<Weekday>.case,
            Gen.int(in: 0...(Self.weekdayPhrasings.count - 1))
        ) { day, weekday, phrasing in
            let (template, allowed) = Self.weekdayPhrasings[phrasing]
            let name = Self.weekdayNames[weekday.rawValue - 1]
            let sentence = template.replacingOccurrences(of: "WEEKDAY", with: name)
            let found = Self.values(in: sentence, on: day).first { $0.text.lowercased().hasPrefix(name) }?.value
            let resolved = try #require(found?.start, "DCT \(day): \(sentence)")
            #expect(found?.end == resolved && found?.granularity == .day)
            #expect(resolved.weekday == weekday, "DCT \(day): \(sentence) → \(resolved)")
            #expect(allowed.contains(resolved - day), "DCT \(day) (\(day.weekday)): \(sentence) → \(resolved)")
        }
    }

    // MARK: - CSV

    /// RFC 4180 records, strictly: CRLF ends, quotes only around whole fields.
    static func csvRecords(_ csv: String, delimiter: Character) throws -> [[String]] {
        let separator = try #require(delimiter.unicodeScalars.first)
        var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
        var scalars = csv.unicodeScalars[...]
        var atFieldStart = true
        while let scalar = scalars.popFirst() {
            if atFieldStart, scalar == "\"" {  // a quoted field, up to its closing quote
                while true {
                    let popped = scalars.popFirst()
                    let next = try #require(popped, "unterminated quoted field")
                    if next == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field.append("\"") } else { break }
                    } else {
                        field.append(next)
                    }
                }
                atFieldStart = false
                let after = scalars.first
                #expect(after == separator || after == "\r", "text after a closing quote")
                continue
            }
            atFieldStart = false
            switch scalar {
            case separator:
                record.append(String(field)); field = .init(); atFieldStart = true
            case "\r":
                let lineFeed = scalars.popFirst()
                try #require(lineFeed == "\n", "CR without LF outside quotes")
                record.append(String(field)); field = .init(); records.append(record); record = []; atFieldStart = true
            case "\"", "\n":
                Issue.record("unquoted \(scalar.escaped(asASCII: true)) in a field")
            default:
                field.append(scalar)
            }
        }
        #expect(field.isEmpty && record.isEmpty, "the CSV does not end with CRLF")
        return records
    }

    /// The cells of an event's row, from the columns README.md documents: free text that starts
    /// like a formula (=, +, -, @, tab, CR) gets a leading '.
    static func expectedCells(_ event: Event) -> [String] {
        func free(_ text: String) -> String {
            guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
            return "'" + text
        }
        let when = event.when
        return [
            free(event.id), when?.start?.description ?? "", when?.end?.description ?? "", when?.value ?? "",
            when?.granularity.rawValue ?? "", when?.certainty.rawValue ?? "", event.type.rawValue, event.type.cameoCode,
            event.eventClass.rawValue, free(event.headline), free(event.actors.joined(separator: " ; ")),
            free(event.places.joined(separator: " ; ")), free(event.timexes.map(\.text).joined(separator: " ; ")),
            free(event.trigger.text), free(event.sentence.text), free(event.document), String(event.sentence.start),
            free(event.inheritedFrom ?? ""), free(event.sources.map(\.document).joined(separator: " ; ")),
        ]
    }

    static let exporters: [CSVExporter] = [
        CSVExporter(), .excel, CSVExporter(delimiter: "\t"), CSVExporter(delimiter: "|"), CSVExporter(delimiter: "§"),
    ]

    /// Whatever the text of an event, its CSV row reads back cell for cell, with every delimiter.
    @Test func csvRoundTripsAnyEvent() async throws {
        await propertyCheck(count: 1000, input: Arbitrary.chronology, Gen.int(in: 0...(Self.exporters.count - 1))) {
            chronology, pick in
            let exporter = Self.exporters[pick]
            var csv = exporter.render(chronology)
            if exporter.byteOrderMark {
                #expect(csv.unicodeScalars.first == "\u{FEFF}")
                csv.unicodeScalars.removeFirst()
            }
            let records = try Self.csvRecords(csv, delimiter: exporter.delimiter)
            try #require(records.count == chronology.events.count + 1)
            #expect(records[0] == CSVExporter.columns)
            for (event, record) in zip(chronology.events, records.dropFirst()) {
                let expected = Self.expectedCells(event)
                try #require(record.count == expected.count)
                for (column, (cell, want)) in zip(CSVExporter.columns, zip(record, expected)) {
                    #expect(sameScalars(cell, want), "\(column): \(cell.debugDescription) ≠ \(want.debugDescription)")
                }
            }
        }
    }

    // MARK: - XML

    /// Whatever the text of its events, a chronology's XML validates against frise.xsd (the
    /// exporter checks, and so does a second validator here) and holds no character XML forbids.
    @Test func xmlOfAnyEventValidates() async throws {
        await propertyCheck(count: 1000, input: Arbitrary.chronology) { chronology in
            guard let xml = recording("XML export", { try XMLExporter().render(chronology) }) else { return }
            #expect(XMLValidatorTests.bundled.validate(data: Data(xml.utf8), sourceName: "property.xml").isEmpty)
            #expect(sameScalars(xmlCarried(xml), xml))
        }
    }

    #if canImport(FoundationXML)
    /// The XML of any event, read back by another parser, gives back every field, less the
    /// characters XML 1.0 forbids.
    @Test func xmlRoundTripsAnyEvent() async throws {
        await propertyCheck(count: 1000, input: Arbitrary.chronology) { chronology in
            guard let xml = recording("XML export", { try XMLExporter().render(chronology) }),
                  let parsed = recording("FoundationXML", { try XMLDocument(data: Data(xml.utf8)) })
            else { return }
            let root = try #require(parsed.rootElement())
            func children(_ element: XMLElement?, _ name: String) -> [XMLElement] {
                element?.elements(forLocalName: name, uri: XMLExporter.namespace) ?? []
            }
            func attribute(_ element: XMLElement?, _ name: String) -> String? {
                element?.attributes?.first { $0.name == name }?.stringValue
            }
            func same(_ read: String?, _ written: String?, _ what: String) {
                #expect(
                    sameScalars(read, withoutLeadingBOM(written.map(xmlCarried))),
                    "\(what): \(read.debugDescription) ≠ \(written.debugDescription)")
            }
            func sameSpan(_ element: XMLElement?, _ span: TextSpan, _ what: String) {
                #expect(attribute(element, "start") == String(span.start) && attribute(element, "end") == String(span.end))
                same(element?.stringValue, span.text, what)
            }

            /// The start or end day written: none for a value reaching before year 1 (xs:date has no year 0).
            func xsdDate(_ day: CalendarDay?, of value: TimeValue?) -> String? {
                guard let day, let start = value?.start, start.year >= 1 else { return nil }
                return day.description
            }

            let document = chronology.documents[0]
            let documentElement = children(children(root, "documents").first, "document").first
            same(attribute(documentElement, "id"), document.id, "document id")
            same(attribute(documentElement, "source"), document.source, "source")
            #expect(attribute(documentElement, "date") == document.date.description)
            #expect(attribute(documentElement, "referenceDay") == document.referenceDay.description)
            same(children(documentElement, "title").first?.stringValue, document.title, "title")

            let eventElements = children(children(root, "events").first, "event")
            try #require(eventElements.count == chronology.events.count)
            for (event, element) in zip(chronology.events, eventElements) {
                same(attribute(element, "id"), event.id, "event id")
                same(attribute(element, "document"), event.document, "event document")
                #expect(attribute(element, "dated") == (event.when == nil ? "false" : "true"))
                #expect(attribute(element, "type") == event.type.rawValue && attribute(element, "class") == event.eventClass.rawValue)
                let when = children(element, "when").first
                #expect(attribute(when, "value") == event.when?.value)
                #expect(attribute(when, "start") == xsdDate(event.when?.start, of: event.when))
                #expect(attribute(when, "end") == xsdDate(event.when?.end, of: event.when))
                #expect(attribute(when, "granularity") == event.when?.granularity.rawValue)
                #expect(attribute(when, "certainty") == event.when?.certainty.rawValue)
                sameSpan(children(element, "trigger").first, event.trigger, "trigger")
                sameSpan(children(element, "sentence").first, event.sentence, "sentence")
                let timexes = children(children(element, "timexes").first, "timex")
                try #require(timexes.count == event.timexes.count)
                for (timex, span) in zip(timexes, event.timexes) { sameSpan(timex, span, "timex") }
                same(children(element, "inheritedFrom").first?.stringValue, event.inheritedFrom, "inheritedFrom")
                let actors = children(children(element, "actors").first, "actor")
                try #require(actors.count == event.actors.count)
                for (actorElement, actor) in zip(actors, event.actors) {
                    same(actorElement.stringValue, actor, "actor")
                    #expect(attribute(actorElement, "role") == event.roles[actor]?.rawValue)
                }
                let places = children(children(element, "places").first, "place").map(\.stringValue)
                try #require(places.count == event.places.count)
                for (read, place) in zip(places, event.places) { same(read, place, "place") }
                same(children(element, "headline").first?.stringValue, event.headline, "headline")
                let sources = children(children(element, "sources").first, "source")
                #expect(sources.count == (event.sources.count > 1 ? event.sources.count : 0))
                for (sourceElement, source) in zip(sources, event.sources) {
                    same(attribute(sourceElement, "document"), source.document, "source document")
                    sameSpan(children(sourceElement, "trigger").first, source.trigger, "source trigger")
                    sameSpan(children(sourceElement, "sentence").first, source.sentence, "source sentence")
                }
            }
        }
    }
    #endif
}
