import Foundation
import Testing
@testable import Frise

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct XMLExporterTests {
    static let tricky = "Le \"ministre\" a dit <non> & l'a\u{1}répété 🇫🇷"
    static let trickyWritten = "Le \"ministre\" a dit <non> & l'arépété 🇫🇷"

    static func day(_ text: String) -> CalendarDay {
        let date = DocumentDate(parsing: text)!
        return CalendarDay(year: date.year, month: date.month!, day: date.day!)!
    }

    /// Two events of one article: dated by a span of days, and undated with tricky text.
    static let chronology = Chronology(
        events: [
            Event(
                id: "seed-e1", document: "seed", trigger: TextSpan(start: 20, end: 27, text: "visite"),
                eventClass: .occurrence, type: .visit,
                when: TimeValue.day(day("2023-01-30"), certainty: .inferred)
                    .union(.day(day("2023-01-31"), certainty: .estimated)),
                timexes: [TextSpan(start: 0, end: 15, text: "lundi et mardi")],
                actors: ["Antony Blinken"], places: ["Israël", "Cisjordanie"],
                headline: "Antony Blinken en visite en Israël",
                sentence: TextSpan(start: 0, end: 60, text: "Lundi…")),
            Event(
                id: "seed-e2", document: "seed", trigger: TextSpan(start: 70, end: 75, text: "dit"),
                eventClass: .reporting, type: .statement, when: nil, timexes: [], inheritedFrom: "seed-e1",
                actors: [tricky], places: [], headline: tricky, sentence: TextSpan(start: 61, end: 120, text: tricky)),
        ],
        documents: [
            DocumentInfo(
                id: "seed", source: "fixtures/seed & co.txt", date: DocumentDate(parsing: "2023-02")!,
                referenceDay: day("2023-02-01"), title: tricky)
        ])

    @Test func rendersValidIndentedXML() throws {
        let xml = try XMLExporter().render(Self.chronology)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(xml.contains("<chronology xmlns=\"urn:frise:chronology:1\" version=\"1\">"))
        #expect(xml.contains("\n  <documents>\n"))
        #expect(xml.contains(
            "<when value=\"2023-01-30/2023-01-31\" start=\"2023-01-30\" end=\"2023-01-31\" "
                + "granularity=\"day\" certainty=\"estimated\" type=\"DATE\"/>"))
        #expect(xml.contains("<timex start=\"0\" end=\"15\">lundi et mardi</timex>"))
        #expect(xml.contains("dated=\"false\" type=\"statement\" cameo=\"01\" class=\"REPORTING\""))
        #expect(xml.contains("<inheritedFrom>seed-e1</inheritedFrom>"))
        #expect(XMLValidatorTests.bundled.validate(data: Data(xml.utf8), sourceName: "out.xml").isEmpty)
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() throws {
        let xml = try XMLExporter().render(Self.chronology)
        #expect(!xml.unicodeScalars.contains("\u{1}"))
        #expect(xml.contains("<headline>Le &quot;ministre&quot; a dit &lt;non&gt; &amp; l'arépété 🇫🇷</headline>"))
        #expect(xml.contains("source=\"fixtures/seed &amp; co.txt\""))
    }

    /// Line breaks, tabs and carriage returns: kept between tags (a carriage return as `&#13;`,
    /// which a parser would otherwise turn into a line break), written as references in an
    /// attribute (which a parser would read as spaces). U+FFFE is dropped as U+0001 is; an id
    /// that is no `DOC-eN` is written whole; empty texts and lists as libxml2 wrote them.
    @Test func whitespaceAndEmptyElementsAreWrittenAsBefore() throws {
        let text = "a\r\nb\tc\u{FFFE}d"
        var chronology = Self.chronology
        chronology.documents[0].source = text
        chronology.documents[0].title = text
        chronology.events[1].id = "autre\tid"
        chronology.events[1].headline = ""
        chronology.events[1].actors = []
        chronology.events[1].places = [text]
        let xml = try XMLExporter().render(chronology)
        #expect(xml.contains("source=\"a&#13;&#10;b&#9;cd\""))
        #expect(xml.contains("<title>a&#13;\nb\tcd</title>\n    </document>"))
        #expect(xml.contains("<event id=\"autre&#9;id\" document=\"seed\""))
        #expect(xml.contains("<headline></headline>\n"))
        #expect(xml.contains("<timexes/>\n      <inheritedFrom>seed-e1</inheritedFrom>\n      <actors/>\n"))
        #expect(xml.contains("<places>\n        <place>a&#13;\nb\tcd</place>\n      </places>\n"))
        #expect(xml.hasSuffix("    </event>\n  </events>\n</chronology>\n"))
        #expect(XMLValidatorTests.bundled.validate(data: Data(xml.utf8), sourceName: "out.xml").isEmpty)
    }

    #if canImport(FoundationXML)
    @Test func textRoundTripsThroughAnotherParser() throws {
        let xml = try XMLExporter().render(Self.chronology)
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.rootElement())
        func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
            element.elements(forLocalName: name, uri: XMLExporter.namespace)
        }
        func attribute(_ element: XMLElement, _ name: String) -> String? {
            element.attributes?.first { $0.name == name }?.stringValue
        }
        let documentElement = try #require(children(root, "documents").first.flatMap { children($0, "document").first })
        #expect(attribute(documentElement, "source") == "fixtures/seed & co.txt")
        #expect(children(documentElement, "title").first?.stringValue == Self.trickyWritten)
        let events = try #require(children(root, "events").first.map { children($0, "event") })
        #expect(events.map { attribute($0, "id") } == ["seed-e1", "seed-e2"])
        #expect(children(events[1], "headline").first?.stringValue == Self.trickyWritten)
        #expect(children(events[1], "sentence").first.flatMap { attribute($0, "start") } == "61")
        let actors = children(events[0], "actors").first.map { children($0, "actor").map(\.stringValue) }
        #expect(actors == ["Antony Blinken"])
        #expect(children(events[1], "when").isEmpty)
    }
    #endif

    /// Every value of every enumeration the model has must be accepted by the schema.
    @Test func everyEnumeratedValueValidates() throws {
        let certainties: [Certainty] = [.explicit, .inferred, .estimated]
        let timexTypes: [TimexType] = [.date, .time, .duration, .set]
        let count = max(EventType.allCases.count, EventClass.allCases.count, Granularity.allCases.count)
        let events = (0..<count).map { index in
            Event(
                id: "d-e\(index)", document: "d", trigger: TextSpan(start: 0, end: 1, text: "x"),
                eventClass: EventClass.allCases[index % EventClass.allCases.count],
                type: EventType.allCases[index % EventType.allCases.count],
                when: TimeValue(
                    type: timexTypes[index % timexTypes.count], value: "P\(index)D", start: nil, end: nil,
                    granularity: Granularity.allCases[index % Granularity.allCases.count],
                    certainty: certainties[index % certainties.count]),
                timexes: [], actors: [], places: [], headline: "", sentence: TextSpan(start: 0, end: 0, text: ""))
        }
        let documents = [
            DocumentInfo(
                id: "d", source: "-", date: DocumentDate(parsing: "2023-02-01T09:30")!,
                referenceDay: Self.day("2023-02-01"), title: nil)
        ]
        let xml = try XMLExporter().render(Chronology(events: events, documents: documents))
        #expect(xml.contains("date=\"2023-02-01T09:30\""))
    }

    @Test func emptyChronologyIsValid() throws {
        let xml = try XMLExporter().render(Chronology(events: [], documents: []))
        #expect(xml.contains("<documents/>") && xml.contains("<events/>"))
    }

    @Test func danglingReferenceIsReportedAsInvalidOutput() {
        var chronology = Self.chronology
        chronology.events[1].inheritedFrom = "nowhere-e9"
        #expect {
            try XMLExporter().render(chronology)
        } throws: { error in
            guard case XMLError.invalidOutput(let diagnostics) = error else { return false }
            return !diagnostics.isEmpty
        }
    }

    /// A chronology of `count` copies of the fixture's events, numbered apart.
    static func repeated(_ count: Int) -> Chronology {
        var chronology = chronology
        chronology.events = (0..<count).flatMap { round in
            chronology.events.enumerated().map { index, event in
                var event = event
                event.id = "seed-e\(round * chronology.events.count + index + 1)"
                event.inheritedFrom = nil
                return event
            }
        }
        return chronology
    }

    /// `write` hands the document on in pieces of about the size asked, in order: together the
    /// text `render` returns, never the whole of a long document at once.
    /// With two jobs or more (each piece checked on another thread), the same pieces.
    @Test func writesTheDocumentInCheckedPieces() throws {
        let chronology = Self.repeated(40)
        var pieces: [[UInt8]] = []
        try XMLExporter().write(chronology, pieceBytes: 4096) { pieces.append($0) }
        #expect(pieces.count > 5)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 4096 && $0.count < 4096 + 8192 })
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == (try XMLExporter().render(chronology)))
        for jobs in [2, 3] {
            var piecesWithJobs: [[UInt8]] = []
            try XMLExporter().write(chronology, jobs: jobs, pieceBytes: 4096) { piecesWithJobs.append($0) }
            #expect(piecesWithJobs == pieces)
        }
    }

    /// A broken key is found before a byte is handed on, and an error of the sink stops the
    /// writing and is the one thrown.
    @Test func invalidDocumentAndFailingSinkStopTheWriting() throws {
        var chronology = Self.repeated(40)
        chronology.events[chronology.events.count - 1].inheritedFrom = "nowhere-e9"
        for jobs in [1, 2] {
            var handed: [UInt8] = []
            #expect {
                try XMLExporter().write(chronology, jobs: jobs, pieceBytes: 4096) { handed += $0 }
            } throws: { error in
                guard case XMLError.invalidOutput(let diagnostics) = error else { return false }
                return diagnostics.contains { $0.message.contains("nowhere-e9") }
            }
            #expect(handed.isEmpty)
        }

        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try XMLExporter().write(Self.repeated(40), pieceBytes: 4096) { _ in
                calls += 1
                if calls == 2 { throw Full() }
            }
        }
        #expect(calls == 2)
    }

    /// The exporter checks the schema's keys itself (libxml2 checks the rest as it writes): the
    /// keys it checks are the schema's, and each broken one is found both by it, on the
    /// chronology, and by the whole schema, on the document that chronology would make.
    @Test func theExporterChecksTheSchemasKeys() throws {
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Frise/Resources/frise.xsd")
        let schema = try String(contentsOf: schemaURL, encoding: .utf8)
        let declared = schema.matches(of: /<xs:(?:key|keyref|unique) name="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(declared) == XMLExporter.checkedKeys && declared.count == XMLExporter.checkedKeys.count)

        // A merged event: its sources are written.
        var merged = Self.chronology
        merged.events[0].sources = [merged.events[0].sources[0], merged.events[0].sources[0]]
        func breaking(_ chronology: Chronology, _ change: (inout Chronology) -> Void) -> Chronology {
            var chronology = chronology
            change(&chronology)
            return chronology
        }
        let valid = try XMLExporter().render(Self.chronology), validMerged = try XMLExporter().render(merged)
        let broken: [(key: String, chronology: Chronology, xml: String)] = [
            ("documentId", breaking(Self.chronology) { $0.documents += $0.documents },
             valid.replacingOccurrences(
                of: "</documents>",
                with: #"<document id="seed" source="-" date="2023-02" referenceDay="2023-02-01"/></documents>"#)),
            ("eventId", breaking(Self.chronology) { $0.events[1].id = "seed-e1" },
             valid.replacingOccurrences(of: #"id="seed-e2""#, with: #"id="seed-e1""#)),
            ("eventDocument", breaking(Self.chronology) { $0.events[0].document = "nope" },
             valid.replacingOccurrences(of: #"id="seed-e1" document="seed""#, with: #"id="seed-e1" document="nope""#)),
            ("sourceDocument", breaking(merged) { $0.events[0].sources[1].document = "nope" },
             validMerged.replacingOccurrences(of: #"<source document="seed">"#, with: #"<source document="nope">"#)),
            ("inheritedEvent", breaking(Self.chronology) { $0.events[1].inheritedFrom = "seed-e9" },
             valid.replacingOccurrences(of: ">seed-e1</inheritedFrom>", with: ">seed-e9</inheritedFrom>")),
        ]
        for (key, chronology, xml) in broken {
            let found = XMLExporter.keyProblems(of: chronology)
            #expect(found.count == 1 && found.allSatisfy { $0.message.hasPrefix("key \(key): ") }, "\(key): \(found)")
            #expect(xml != valid && xml != validMerged)
            let whole = XMLValidatorTests.bundled.validate(data: Data(xml.utf8), sourceName: "broken.xml")
            #expect(whole.contains { $0.message.contains("}\(key)'") }, "\(key): \(whole)")
        }
        #expect(XMLExporter.keyProblems(of: Self.chronology).isEmpty && XMLExporter.keyProblems(of: merged).isEmpty)
    }

    /// Ids equal as strings but not as bytes ("é" composed and decomposed) are two ids in XML.
    @Test func idsAreComparedAsXMLComparesThem() throws {
        var chronology = Self.chronology
        chronology.documents.append(chronology.documents[0])
        chronology.documents[0].id = "\u{E9}"
        chronology.documents[1].id = "e\u{301}"
        for index in chronology.events.indices { chronology.events[index].document = "\u{E9}" }
        #expect(chronology.documents[0].id == chronology.documents[1].id)  // (as Swift compares them)
        let xml = try XMLExporter().render(chronology)
        #expect(XMLValidatorTests.bundled.validate(data: Data(xml.utf8), sourceName: "ids.xml").isEmpty)
    }

    @Test(arguments: [
        ("a\u{0}b\u{8}c\u{B}d\u{1F}e", "abcde"), ("\u{FFFE}x\u{FFFF}", "x"), ("tab\t\r\n", "tab\t\r\n"),
    ])
    func sanitizingKeepsOnlyXMLCharacters(input: String, expected: String) {
        #expect(XMLText.sanitized(input) == expected)
    }

    /// The eight-bytes-at-a-time test finds a control or an 0xEF byte wherever it sits.
    @Test func forbiddenBytesAreFoundAtEveryPosition() {
        for inserted in ["\u{1}", "\u{1F}", "\u{FFFE}", "\u{FEFF}", "\t"] {
            for length in [0, 5, 8, 9, 16, 23] {
                for position in 0...length {
                    let text = String(repeating: "é", count: position) + inserted + String(repeating: "x", count: length - position)
                    #expect(XMLText.mayHoldForbidden(text), "\(inserted.unicodeScalars.first!.value) at \(position)")
                }
            }
        }
        for text in ["", "plain", String(repeating: "éàü «» — ~\u{7F} ", count: 5), "\u{1F600}\u{D7FF}\u{E000}"] {
            #expect(!XMLText.mayHoldForbidden(text), "\(text)")
        }
    }
}
