import Testing
@testable import Frise

/// `Event` keeps ids and roles in compact forms: what is read back is what was written.
@Suite struct EventStorageTests {
    static func event(id: String, document: String, actors: [String]) -> Event {
        let span = TextSpan(start: 0, end: 4, text: "vote")
        return Event(id: id, document: document, trigger: span, eventClass: .occurrence, type: .visit, when: nil,
                     timexes: [], actors: actors, places: [], headline: "h", sentence: span)
    }

    @Test(arguments: ["a-e1", "a-e12", "a-e0", "a-e012", "a-e", "a-e99999999999", "b-e1", "a-e1x", "e\u{301}-e1"])
    func idsReadBackAsWritten(_ id: String) {
        var event = Self.event(id: id, document: "a", actors: [])
        #expect(event.id.utf8.elementsEqual(id.utf8))
        event.document = "é"
        #expect(event.id.utf8.elementsEqual(id.utf8))
        #expect(event == Self.event(id: id, document: "é", actors: []))
    }

    @Test func rolesReadBackAsWrittenWhateverTheActors() {
        let actors = (0..<20).map { "acteur \($0)" }
        var event = Self.event(id: "a-e1", document: "a", actors: actors + ["acteur 3"])
        var roles: [String: ParticipantRole] = ["acteur 3": .recipient, "acteur 18": .partner, "absent": .agent]
        /// The roles as writers read them: each actor's, then the others' (what `EventLine` writes).
        func readOneByOne(_ event: Event) -> [String: ParticipantRole] {
            var found: [String: ParticipantRole] = [:]
            for actor in event.actors { found[actor] = event.role(of: actor) }
            for (name, role) in event.rolesOfOthers {
                #expect(found[name] == nil && !event.actors.contains(name))
                found[name] = role
            }
            #expect(event.rolesOfOthers.map(\.name) == event.rolesOfOthers.map(\.name).sorted())
            return found
        }
        event.roles = roles
        #expect(event.roles == roles && readOneByOne(event) == roles)
        #expect(event.role(of: "acteur 3") == .recipient && event.role(of: "acteur 4") == nil)
        event.setRole(.agent, of: "acteur 0")
        roles["acteur 0"] = .agent
        event.actors.removeFirst()
        #expect(event.roles == roles && readOneByOne(event) == roles)
        event.setRole(.other, of: "zéro")
        roles["zéro"] = .other
        #expect(event.roles == roles && readOneByOne(event) == roles)
        event.setRole(nil, of: "absent")
        roles["absent"] = nil
        #expect(event.roles == roles && readOneByOne(event) == roles)
    }

    /// The rare fields (an id not of the form DOC-eN, an inherited date, merged sources) read
    /// back as set, and an event whose rare fields are emptied again equals one that never had any.
    @Test func rareFieldsReadBackAndEmptyAgain() {
        let plain = ExportFixtures.event(id: "a-e1", headline: "h", when: nil)
        var event = plain
        event.id = "autre"
        event.inheritedFrom = "a-e2"
        event.sources = [EventSource(document: "b", trigger: event.trigger, sentence: event.sentence, timexes: [])]
        #expect(event.id == "autre" && event.inheritedFrom == "a-e2" && event.sources.map(\.document) == ["b"])
        var emptied = plain
        emptied.id = "autre"
        emptied.inheritedFrom = "a-e2"
        #expect(emptied != plain)
        emptied.id = "a-e1"
        emptied.inheritedFrom = nil
        #expect(emptied == plain && emptied.hashValue == plain.hashValue)
    }

    /// The expressions read back as set, whether the first fits in place or not, in events and
    /// in their sources; events with equal expressions compare and hash equal.
    @Test(arguments: [0, 1, 2, 3])
    func expressionsReadBackAsSet(_ count: Int) {
        let far = 1 << 40  // past 32 bits: kept apart, not in place
        for first in [0, far] {
            let timexes = (0..<count).map {
                TextSpan(start: first + 10 * $0, end: first + 10 * $0 + 5, text: "lundi \($0) de la semaine")
            }
            var event = Self.event(id: "a-e1", document: "a", actors: [])
            event.timexes = timexes
            #expect(event.timexes == timexes && Array(event.timexTexts) == timexes.map(\.text))
            #expect(event.sources.map(\.timexes) == [timexes])
            let source = EventSource(document: "b", trigger: event.trigger, sentence: event.sentence, timexes: timexes)
            #expect(source.timexes == timexes)
            var built = Event(id: "a-e1", document: "a", trigger: event.trigger, eventClass: .occurrence, type: .visit,
                              when: nil, timexes: timexes, actors: [], places: [], headline: "h", sentence: event.sentence)
            #expect(built == event && built.hashValue == event.hashValue)
            built.shareTimexTexts { $0.uppercased() }
            #expect(built.timexes.map(\.text) == timexes.map { $0.text.uppercased() })
            built.timexes = []
            #expect(built == Self.event(id: "a-e1", document: "a", actors: []))
        }
    }

    /// A chronology holds millions of events: what each takes in place stays small.
    @Test func anEventTakesAtMost200BytesInPlace() {
        #expect(MemoryLayout<Event>.size <= 200)
        #expect(MemoryLayout<TimeValue?>.size <= 56)
        #expect(MemoryLayout<TextSpan>.size == 24 && MemoryLayout<TextSpan?>.size == 24)
        #expect(MemoryLayout<EventSource>.size <= 96)
    }

    /// A span keeps its offsets in 32 bits: those beyond are clamped, never wrapped round to
    /// another place in the text.
    @Test func aSpanClampsOffsetsBeyond32Bits() {
        var span = TextSpan(start: 1 << 40, end: -(1 << 40), text: "x")
        #expect(span.start == Int(Int32.max) && span.end == Int(Int32.min))
        span.start = 7
        span.end = 1 << 31
        #expect(span == TextSpan(start: 7, end: Int(Int32.max), text: "x"))
    }

    /// A value's modifier and frequency, kept apart, read back as set; a value whose rare fields
    /// are cleared again equals (and hashes as) one that never had them.
    @Test func aValueKeepsItsModifierAndFrequencyApart() {
        let day = CalendarDay(year: 2023, month: 2, day: 6)!
        let plain = TimeValue.day(day, certainty: .explicit)
        var marked = plain
        marked.mod = "START"
        #expect(marked.mod == "START" && marked.frequency == nil && marked != plain)
        marked.frequency = "2X"
        #expect(marked.mod == "START" && marked.frequency == "2X")
        marked.mod = nil
        #expect(marked.mod == nil && marked.frequency == "2X")
        marked.frequency = nil
        #expect(marked == plain && marked.hashValue == plain.hashValue)
        let built = TimeValue(value: "P1W", start: nil, end: nil, granularity: .week, certainty: .explicit,
                              frequency: "2X")
        #expect(built.mod == nil && built.frequency == "2X")
    }
}
