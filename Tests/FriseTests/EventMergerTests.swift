import Testing
@testable import Frise

@Suite struct EventMergerTests {
    static func event(_ document: String, _ type: EventType, _ day: String, actors: [String], places: [String] = [])
        -> Event
    {
        let parts = day.split(separator: "-").map { Int($0)! }
        let when = TimeValue.day(CalendarDay(year: parts[0], month: parts[1], day: parts[2])!, certainty: .inferred)
        let span = TextSpan(start: 0, end: 4, text: "vote")
        return Event(id: "\(document)-e1", document: document, trigger: span, eventClass: .occurrence, type: type,
                     when: when, timexes: [], actors: actors, places: places, headline: "h", sentence: span)
    }

    @Test func twoReportsOfOneHappeningBecomeOneEventWithTwoSources() {
        let merged = EventMerger().merge([
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"], places: ["Rabat"]),
            Self.event("b", .visit, "2024-04-09", actors: ["Emmanuel Dorval (Premier ministre)", "Aïcha Benali"]),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].sources.map(\.document) == ["a", "b"])
        #expect(merged[0].actors == ["Emmanuel Dorval", "Aïcha Benali"])
    }

    @Test(arguments: [
        ("different type", EventType.meeting, "2024-04-09", ["Emmanuel Dorval"]),
        ("different day", EventType.visit, "2024-04-11", ["Emmanuel Dorval"]),
        ("no shared actor", EventType.visit, "2024-04-09", ["Jeanne Roux"]),
    ])
    func differentHappeningsStayApart(_ reason: String, type: EventType, day: String, actors: [String]) {
        let merged = EventMerger().merge([
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
            Self.event("b", type, day, actors: actors),
        ])
        #expect(merged.count == 2, "\(reason)")
    }

    /// Reports that name nobody share no participant: kept apart, each as it was, among others
    /// that do merge (the merge leaves them out of its tables).
    @Test func reportsNamingNobodyStayApartAndAsTheyWere() {
        let events = [
            Self.event("a", .visit, "2024-04-09", actors: []),
            Self.event("b", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
            Self.event("c", .visit, "2024-04-09", actors: []),
            Self.event("d", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
        ]
        let merged = EventMerger().merge(events)
        #expect(merged.map(\.document) == ["a", "b", "c"])
        #expect(merged[0] == events[0] && merged[2] == events[2])
        #expect(merged[1].sources.map(\.document) == ["b", "d"])
    }

    /// A list of names grows where it lies while the room kept for it lasts, then moves to the
    /// end of the table with room for as many again; the lists beside it are untouched.
    @Test func aNameListGrowsInPlaceWhileItsRoomLasts() {
        var names = NameTable()
        var list = names.list(ofNames: ["Emmanuel Dorval"])
        let after = names.list(ofNames: ["Jeanne Roux"])
        let (dorval, roux) = (names[list].first!, names[after].first!)
        names.extend(&list, to: [dorval, roux])
        let moved = list.start
        #expect(moved > after.start && list.room == 4)
        for count in 3...4 {
            names.extend(&list, to: [dorval, roux] + (3...count).map(Int32.init))
            #expect(list.start == moved)
        }
        names.extend(&list, to: [dorval, roux, 3, 4, 5])
        #expect(list.start > moved && list.room == 10)
        #expect(Array(names[list]) == [dorval, roux, 3, 4, 5])
        #expect(Array(names[after]) == [roux])
    }

    /// Reports that each add a participant to one happening: every name is kept, once.
    @Test func aHappeningReportedManyTimesKeepsEveryParticipantOnce() {
        let reports = (0..<12).map { index in
            Self.event("d\(index)", .visit, "2024-04-09", actors: ["Emmanuel Dorval", "Témoin \(index % 5)"])
        }
        let merged = EventMerger().merge(reports)
        #expect(merged.count == 1)
        #expect(merged[0].actors == ["Emmanuel Dorval"] + (0..<5).map { "Témoin \($0)" })
        #expect(merged[0].sources.count == 12)
    }

    /// A merged event is found by the participants its absorbed reports added ("Aïcha Benali",
    /// named by the second report only), as by its own; the merge files it under those alone,
    /// not again under those it had.
    @Test func aLaterReportFindsTheEventByAParticipantAnEarlierReportAdded() {
        let merged = EventMerger().merge([
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
            Self.event("b", .visit, "2024-04-09", actors: ["Emmanuel Dorval", "Aïcha Benali"]),
            Self.event("c", .visit, "2024-04-09", actors: ["Aïcha Benali (ministre)"]),
            Self.event("d", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
            Self.event("e", .visit, "2024-04-12", actors: ["Aïcha Benali"]),
        ])
        #expect(merged.map { $0.sources.map(\.document) } == [["a", "b", "c", "d"], ["e"]])
        #expect(merged[0].actors == ["Emmanuel Dorval", "Aïcha Benali"])
    }

    @Test func eventsOfOneArticleAreNeverMerged() {
        let merged = EventMerger().merge([
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"]),
        ])
        #expect(merged.count == 2)
    }

    @Test func filterKeepsWhatWasAskedFor() {
        let events = [
            Self.event("a", .visit, "2024-04-09", actors: ["Emmanuel Dorval"], places: ["Rabat"]),
            Self.event("b", .protest, "2024-05-01", actors: ["CGT"], places: ["Lyon"]),
        ]
        let april = EventFilter(from: CalendarDay(year: 2024, month: 4, day: 1), to: CalendarDay(year: 2024, month: 4, day: 30))
        #expect(events.filter(april.accepts).map(\.document) == ["a"])
        #expect(events.filter(EventFilter(actor: "dorval").accepts).map(\.document) == ["a"])
        #expect(events.filter(EventFilter(types: [.protest]).accepts).map(\.document) == ["b"])
        #expect(events.filter(EventFilter(place: "lyon").accepts).map(\.document) == ["b"])
        #expect(events.filter(EventFilter().accepts).count == 2)
    }

    /// Reports of several types, days and names, some repeating others: merged on several
    /// threads as on one, roles, sources and inherited dates included.
    @Test func mergingOnThreadsGivesTheSameEvents() {
        let names = ["Emmanuel Dorval (Premier ministre)", "emmanuel DORVAL", "Aïcha Benali", "Jeanne Roux", "CGT"]
        let types: [EventType] = [.visit, .meeting, .protest, .statement]
        var events: [Event] = []
        for index in 0..<400 {
            var event = Self.event(
                "d\(index % 9)", types[index % types.count], "2024-04-\(10 + index % 5)",
                actors: [names[index % names.count], names[(index / 3) % names.count]], places: [["Rabat", "Lyon"][index % 2]])
            event.id = "d\(index % 9)-e\(index)"
            event.setRole(index % 2 == 0 ? .agent : .recipient, of: event.actors[0])
            if index % 4 == 1 { event.inheritedFrom = "d\(index % 9)-e\(index - 1)" }
            events.append(event)
        }
        let alone = EventMerger().merge(events, jobs: 1)
        #expect(alone.count < events.count)
        #expect(alone.contains { $0.sources.count > 2 })
        #expect(alone.contains { $0.inheritedFrom != nil })
        for jobs in [2, 3, 8] { #expect(EventMerger().merge(events, jobs: jobs) == alone) }
    }

    /// Names compare as the characters read: before a title in parentheses, without case,
    /// accents, or the spaces and apostrophes between words.
    @Test(arguments: [
        "Emmanuel Dorval (Premier ministre)", "(Premier ministre) Emmanuel Dorval", "((x", "", "(", "l’Élysée",
        "Jean  d'Arc", "  Zoë  ", "Ana (é)", "Ana é\u{301}(x)", "(\u{301}Ana", "Œuvre (a) (b)",
        "François Hollande", "le Premier ministre Élisabeth Borne", "l'ONU", "’Ali", "ÆTHER ß", "Kelvin \u{212A}",
        "İstanbul", "Straße d’Est ", "Ἀθῆναι", "\u{FFFD}x", "a ' b", "x\u{0}y", "Jean-Pierre Raffarin (PM)",
    ])
    func nameKeysReadCharacters(_ name: String) {
        let bare = name.split(separator: "(").first ?? name[...]
        let expected = Folding.fold(bare).split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
        #expect(EventMerger.key(name) == expected)
    }
}
