import Testing
@testable import Frise

/// What lets a chronology of millions of events fit in memory gives the same answer as the
/// simple way: pieces of output, ordering in place, merging in place, the builder emptied.
@Suite struct LargeChronologyTests {
    /// Events of several days and documents, some equal in order, in a scrambled order.
    static func events(count: Int) -> [Event] {
        (0..<count).map { index in
            var event = ExportFixtures.event(
                id: "d\(index % 7)-e\(index)", headline: "Titre \(index), \"cité\"",
                when: index % 5 == 0 ? nil
                    : .day(CalendarDay(year: 2023, month: 1 + index % 3, day: 1 + (index * 7) % 28)!, certainty: .explicit))
            event.document = "d\(index % 7)"
            event.trigger = TextSpan(start: (index * 13) % 40, end: (index * 13) % 40 + 3, text: "vu")
            return event
        }
    }

    /// The head, then the rows of each piece formatted apart, as `frise timeline` writes them
    /// (the tail, when there is one, last).
    static func pieces(_ exporter: some PiecewiseExporter, _ chronology: Chronology, eventsPerPiece: Int) -> [String] {
        let tail = exporter.tail(of: chronology)
        return ([exporter.head(of: chronology)]
            + chronology.pieces(eventsPerPiece: eventsPerPiece).map { exporter.rows(of: chronology.events[$0]) }
            + (tail.isEmpty ? [] : [tail])).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The JSON document written whole, as the tree of all its values writes it (how
    /// `JSONExporter` wrote it before it wrote pieces): what the pieces must join into.
    static func jsonOfTheWholeTree(_ chronology: Chronology) -> String {
        let exporter = JSONExporter()
        var out: [UInt8] = []
        JSONNode.object([
            ("documents", .array(chronology.documents.map(exporter.node(of:)))),
            ("events", .array(chronology.events.map(exporter.node(of:)))),
        ]).write(to: &out, indent: 0)
        return String(decoding: out + [UInt8(ascii: "\n")], as: UTF8.self)
    }

    @Test func jsonWrittenInPiecesIsTheWholeTree() {
        for count in [0, 1, 60] {
            var events = Self.events(count: count)
            // Texts holding JSON's own marks, escapes, and empty lists and strings.
            if count > 1 {
                events[1].headline = "a{b}[c]:d, \\e \"f\" {} [] \u{1}"
                events[1].actors = ["x: {y}", "[z]"]
                events[1].places = []
                events[1].sentence.text = ""
            }
            var chronology = ExportFixtures.chronology(events)
            for documents in [chronology.documents, []] {
                chronology.documents = documents
                let whole = Self.jsonOfTheWholeTree(chronology)
                #expect(JSONExporter().render(chronology) == whole)
                let pieces = Self.pieces(JSONExporter(), chronology, eventsPerPiece: 7)
                #expect(pieces.count == 2 + (count + 6) / 7)
                #expect(pieces.joined() == whole, "\(count) events, \(documents.count) documents")
            }
        }
    }

    @Test func csvWrittenInPiecesIsTheWholeText() {
        let chronology = ExportFixtures.chronology(Self.events(count: 60))
        for exporter in [CSVExporter(), CSVExporter.excel] {
            let pieces = Self.pieces(exporter, chronology, eventsPerPiece: 7)
            #expect(pieces.count == 1 + 9)
            #expect(pieces.joined() == exporter.render(chronology))
            #expect(pieces.allSatisfy { $0.hasSuffix("\r\n") })
        }
    }

    @Test func jsonLinesWrittenInPiecesAreTheWholeText() {
        let chronology = ExportFixtures.chronology(Self.events(count: 60))
        let pieces = Self.pieces(JSONLinesExporter(), chronology, eventsPerPiece: 11)
        #expect(pieces.count == 1 + 6)
        #expect(pieces.joined() == JSONLinesExporter().render(chronology))
        #expect(pieces.dropFirst().allSatisfy { $0.hasSuffix("\n") })
    }

    /// Pieces formatted on several threads, window after window, come out in order: the whole text.
    @Test(arguments: [1, 2, 3])
    func writingOnThreadsGivesTheWholeText(jobs: Int) {
        let chronology = ExportFixtures.chronology(Self.events(count: 61))
        let exporters: [any PiecewiseExporter] = [CSVExporter(), JSONLinesExporter(), JSONExporter()]
        for exporter in exporters {
            var written: [UInt8] = [], calls = 0
            // 31 pieces of 2 events, windows of 2 × jobs pieces: several windows, the last one short.
            exporter.write(chronology, jobs: jobs, eventsPerPiece: 2, piecesPerJob: 2) {
                written += $0
                calls += 1
            }
            #expect(String(decoding: written, as: UTF8.self) == exporter.render(chronology))
            #expect(calls == 1 + 31 + (exporter is JSONExporter ? 1 : 0))  // (the JSON's closing)
        }
        #expect(JSONExporter().render(chronology) == Self.jsonOfTheWholeTree(chronology))
    }

    @Test func orderingInPlaceIsAStableSort() {
        let events = Self.events(count: 200)
        let expected = events.enumerated().sorted {
            ChronologyBuilder.precedes($0.element, $1.element)
                || !ChronologyBuilder.precedes($1.element, $0.element) && $0.offset < $1.offset
        }.map(\.element.id)
        var ordered = events
        ChronologyBuilder.order(&ordered)
        #expect(ordered.map(\.id) == expected)
    }

    /// Documents are ranked by id in `String` order, an id met in several runs ranked once.
    @Test func documentsAreRankedByID() {
        #expect(ChronologyBuilder.ranks(of: ["b", "a", "c", "a", "é", "B"]) == [2, 1, 3, 1, 4, 0])
        #expect(ChronologyBuilder.ranks(of: []) == [])
        var events = Self.events(count: 3)
        for (index, document) in ["x", "x", "y"].enumerated() { events[index].document = document }
        #expect(ChronologyBuilder.documentRuns(of: events) == [0..<2, 2..<3])
        #expect(ChronologyBuilder.documentRuns(of: []) == [])
    }

    /// Ids are ranked in `String` order, equal ids sharing one rank, each list on its own.
    @Test func idsAreRankedInTheirOrder() {
        #expect(ChronologyBuilder.ranks(of: ["b", "a", "c"]) == [1, 0, 2])
        #expect(ChronologyBuilder.ranks(of: ["c", "a", "c", "b"]) == [2, 0, 2, 1])
        #expect(ChronologyBuilder.ranks(of: ["c", "0"]) == [1, 0])
        #expect(ChronologyBuilder.ranks(of: ["c", "b"]) == [1, 0])
    }

    /// The chronology order is a strict order even among values with a start and no end (an
    /// event read back from a shard may have one): were it not transitive, the order would hang
    /// on the sort's own steps, and one thread and two could order a chronology apart.
    @Test func theOrderIsTransitiveWhateverEndIsKnown() {
        let day = { (number: Int) in CalendarDay(year: 2023, month: 3, day: number)! }
        let spans: [(start: Int?, end: Int?)] = [(1, 5), (1, nil), (1, 3), (nil, 4), (nil, nil), (2, 2), (1, 1)]
        var events: [Event] = []
        for (index, span) in spans.enumerated() {
            for document in ["a", "b", "c"] {
                var event = Self.events(count: 1)[0]
                event.when = span.start == nil && span.end == nil ? nil : TimeValue(
                    value: "2023-03", start: span.start.map(day), end: span.end.map(day), granularity: .day,
                    certainty: .explicit)
                event.document = document
                event.trigger = TextSpan(start: index, end: index + 1, text: "vu")
                events.append(event)
            }
        }
        let precedes = ChronologyBuilder.precedes
        for a in events {
            #expect(!precedes(a, a))
            for b in events where precedes(a, b) {
                #expect(!precedes(b, a))
                for c in events where precedes(b, c) { #expect(precedes(a, c), "\(a.when as Any) \(b.when as Any) \(c.when as Any)") }
            }
        }
    }

    /// Enough events for the sort to run in halves on two threads: the same order as on one.
    @Test func orderingOnTwoThreadsIsTheSame() {
        let events = Self.events(count: 20_000)
        var alone = events, shared = events
        ChronologyBuilder.order(&alone, jobs: 1)
        ChronologyBuilder.order(&shared, jobs: 2)
        #expect(shared.map(\.id) == alone.map(\.id))
        #expect(alone.map(\.id) != events.map(\.id))
    }

    @Test func buildingEmptiesTheBuilder() {
        var builder = ChronologyBuilder()
        let document = DocumentInfo(
            id: "d0", source: "x", date: DocumentDate(year: 2023, month: 2)!, referenceDay: ExportFixtures.day, title: nil)
        builder.add(Self.events(count: 10), of: document)
        #expect(!builder.build().events.isEmpty)
        #expect(builder.build().events.isEmpty)
    }

    /// A merged event takes the more certain date of a report it absorbs, which can move it past
    /// another event: the chronology is then ordered again (`isOrdered`, which tells whether it
    /// must be, sees the moved event).
    /// The events and their document ranks are cut by the same flags (a filter's, a merge's):
    /// each keeps its unflagged elements in order, so the two stay aligned.
    @Test func arraysCutByTheSameFlagsStayAligned() {
        var letters = Array("abcdefgh"), numbers = Array(0..<8)
        let flags = [true, false, false, true, true, false, true, false]
        letters.removeAll(flaggedIn: flags)
        numbers.removeAll(flaggedIn: flags)
        #expect(String(letters) == "bcfh")
        #expect(numbers == [1, 2, 5, 7])
        var unflagged = numbers
        unflagged.removeAll(flaggedIn: [Bool](repeating: false, count: 4))
        #expect(unflagged == numbers)
        numbers.removeAll(flaggedIn: [Bool](repeating: true, count: 4))
        #expect(numbers.isEmpty)
    }

    @Test(arguments: [EventFilter(), EventFilter(types: [.visit])])
    func anEventMovedByItsMergedDateIsOrderedAgain(filter: EventFilter) {
        func event(_ document: String, _ when: TimeValue, _ actor: String) -> Event {
            var event = EventMergerTests.event(document, .visit, "2024-04-01", actors: [actor])
            event.when = when
            return event
        }
        var builder = ChronologyBuilder()
        let added: [(String, TimeValue, String)] = [
            ("a", .month(year: 2024, month: 4, certainty: .inferred), "Emmanuel Dorval"),
            ("b", .day(CalendarDay(year: 2024, month: 4, day: 20)!, certainty: .explicit), "Emmanuel Dorval"),
            ("c", .day(CalendarDay(year: 2024, month: 4, day: 5)!, certainty: .explicit), "Jeanne Roux"),
        ]
        for (document, when, actor) in added {
            let info = DocumentInfo(
                id: document, source: "x", date: DocumentDate(year: 2024, month: 4)!, referenceDay: ExportFixtures.day,
                title: nil)
            builder.add([event(document, when, actor)], of: info)
        }
        // (Filtered, the ranks the first order gave are cut along with the events.)
        let events = builder.build(filter: filter).events
        #expect(events.map(\.document) == ["c", "a"])
        #expect(events.last?.when?.start == CalendarDay(year: 2024, month: 4, day: 20))
        #expect(ChronologyBuilder.isOrdered(events))
        #expect(!ChronologyBuilder.isOrdered(events.reversed()))
    }

    /// Many articles reporting the same days, some of them one happening told with dates of
    /// unequal certainty (merged, the event takes the more certain one and moves): the chronology
    /// is in order, ties between articles by their ids, whatever the number of jobs.
    @Test(arguments: [1, 2])
    func mergedAndMovedEventsEndInOrder(jobs: Int) {
        var builder = ChronologyBuilder()
        for number in (0..<40).reversed() {  // ids added out of their order
            let document = "doc-\(number)"
            // A day report (April 2 to 4) by one of six people; from every fifth article, a report
            // of the same person dated by the month only, which sorts first (April 1) and absorbs
            // the first day report of another article, then moves to its day; and a report of
            // someone no other article names, April 1 to 4.
            func event(_ actor: String, day: Int, offset: Int) -> Event {
                var event = EventMergerTests.event(document, .visit, "2024-04-0\(day)", actors: [actor])
                event.when = .day(CalendarDay(year: 2024, month: 4, day: day)!, certainty: .explicit)
                event.trigger = TextSpan(start: offset, end: offset + 4, text: "vote")
                return event
            }
            var events = [event("Personne \(number % 6)", day: 2 + number % 3, offset: 0)]
            if number % 5 == 0 {
                var month = event("Personne \(number % 6)", day: 1, offset: 10)
                month.when = .month(year: 2024, month: 4, certainty: .inferred)
                events.append(month)
            }
            events.append(event("Témoin \(number)", day: 1 + number % 4, offset: 20))
            let info = DocumentInfo(
                id: document, source: "x", date: DocumentDate(year: 2024, month: 4)!, referenceDay: ExportFixtures.day,
                title: nil)
            builder.add(events, of: info)
        }
        let events = builder.build(jobs: jobs).events
        #expect(events.count < 88)  // some merged
        #expect(ChronologyBuilder.isOrdered(events))
        var again = events
        ChronologyBuilder.order(&again, jobs: 1)
        func place(_ event: Event) -> String { "\(event.document)@\(event.trigger.start)" }
        #expect(again.map(place) == events.map(place))
    }

    /// Chunks joined on threads, each to its place: the events in their order, the chunks emptied;
    /// a single chunk is taken as it is, none gives nothing.
    @Test(arguments: [1, 2, 3])
    func joiningChunksKeepsTheOrder(jobs: Int) {
        let events = Self.events(count: 23)
        var chunks = [Array(events[..<5]), Array(events[5..<6]), [], Array(events[6...])]
        let joined = ChronologyBuilder.join(&chunks, jobs: jobs)
        #expect(joined == events)
        #expect(chunks.allSatisfy { $0.isEmpty })
        var one = [events], none: [[Event]] = []
        let (taken, nothing) = (ChronologyBuilder.join(&one, jobs: jobs), ChronologyBuilder.join(&none, jobs: jobs))
        #expect(taken == events)
        #expect(nothing.isEmpty)
    }
}
