import Testing
@testable import Frise

/// Unit tests of the resolver: each meaning against a fixed context, no recognizer involved.
@Suite struct ResolverTests {
    let resolver = Resolver()
    /// Wednesday 1 February 2023, ISO week 2023-W05.
    let anchor = CalendarDay(year: 2023, month: 2, day: 1)!

    func value(_ meaning: TemporalMeaning, tense: Tense = .present, reference: CalendarDay? = nil,
               referenceValue: TimeValue? = nil) -> TimeValue? {
        resolver.resolve(meaning, in: ResolutionContext(
            anchor: anchor, reference: reference, tense: tense, referenceValue: referenceValue))
    }

    @Test(arguments: [
        (2000, "2000-04-23"), (2008, "2008-03-23"), (2019, "2019-04-21"), (2023, "2023-04-09"),
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"), (1999, "1999-04-04"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(CalendarDay.easter(year).description == expected)
    }

    /// Granularities order from the coarsest to the finest, as their cases are listed.
    @Test func granularitiesOrderAsListed() {
        let all = Granularity.allCases
        for (index, coarser) in all.enumerated() {
            for finer in all[index...] { #expect((coarser < finer) == (coarser != finer)) }
            #expect(!all[..<index].contains { coarser < $0 })
        }
    }

    @Test func feastsCountFromEaster() {
        #expect(Holiday.easter(offset: 49).day(in: 2023).description == "2023-05-28")  // Pentecôte
        #expect(Holiday.easter(offset: 39).day(in: 2023).description == "2023-05-18")  // Ascension
        #expect(Holiday.fixed(month: 2, day: 29).day(in: 2023).description == "2023-02-28")
    }

    @Test func weeksCountFromTheDocumentDate() {
        #expect(value(.periodOffset(-1, .week, from: .documentDate))?.value == "2023-W04")
        #expect(value(.periodOffset(0, .week, from: .documentDate))?.start?.description == "2023-01-30")
        #expect(value(.periodOffset(-5, .week, from: .documentDate))?.value == "2022-W52")
    }

    @Test func quartersAndHalvesCrossYears() {
        #expect(value(.periodOffset(-1, .quarter, from: .documentDate))?.value == "2022-Q4")
        #expect(value(.periodOffset(1, .half, from: .documentDate))?.value == "2023-H2")
        #expect(value(.periodOffset(-2, .half, from: .documentDate))?.value == "2022-H1")
    }

    @Test func decadesAndCenturies() {
        #expect(value(.decade(199))?.start?.description == "1990-01-01")
        #expect(value(.century(19))?.end?.description == "1999-12-31")
        #expect(value(.periodOffset(-1, .century, from: .documentDate))?.value == "19")
    }

    @Test func periodsCountFromTheReferenceValue() {
        let reference = TimeValue.year(2015, certainty: .explicit)
        #expect(value(.periodOffset(1, .year, from: .reference), referenceValue: reference)?.value == "2016")
        #expect(value(.reference, referenceValue: reference)?.value == "2015")
    }

    @Test func seasonsFollowTheTense() {
        #expect(value(.partOfYear(.season(.summer), year: nil, .bare), tense: .past)?.value == "2022-SU")
        #expect(value(.partOfYear(.season(.summer), year: nil, .bare), tense: .future)?.value == "2023-SU")
        #expect(value(.partOfYear(.season(.summer), year: nil, .bare))?.value == "XXXX-SU")
        #expect(value(.partOfYear(.season(.winter), year: nil, .this))?.value == "2022-WI")
        #expect(value(.partOfYear(.season(.winter), year: nil, .last))?.value == "2021-WI")
    }

    @Test func weekendsFollowDeixisAndTense() {
        #expect(value(.weekend(.this), tense: .past)?.value == "2023-W04-WE")
        #expect(value(.weekend(.this))?.value == "2023-W05-WE")
        #expect(value(.weekend(.last))?.start?.description == "2023-01-28")
    }

    @Test func timesFallOnTheirDayOrTheReferenceDay() {
        let reference = CalendarDay(year: 2023, month: 1, day: 20)!
        let clock = value(.timeOfDay(.clock(hour: 20, minute: 30), on: nil), reference: reference)
        #expect(clock?.value == "2023-01-20T20:30")
        #expect(value(.timeOfDay(.part(.evening), on: .dayOffset(-1, from: .documentDate)))?.value == "2023-01-31TEV")
        let noon = value(.timeOfDay(.clock(hour: 12, minute: nil), on: nil))
        #expect(noon?.type == .time && noon?.granularity == .hour)
    }

    @Test(arguments: [
        (Duration(3, .day), "P3D"), (Duration(2.5, .year), "P2.5Y"), (Duration(nil, .week), "PXW"),
        (Duration(1.5, .hour), "PT1H30M"), (Duration(0.25, .hour), "PT15M"), (Duration(30.4, .second), "PT30.4S"),
        (Duration(18, .month), "P18M"), (Duration(2 + 10.0 / 60, .hour), "PT2H10M"),
    ])
    func durationsSpellISO8601(duration: Duration, expected: String) {
        #expect(duration.timex == expected)
        #expect(value(.duration(duration))?.type == .duration)
    }

    @Test func recurrencesAreSets() {
        let twice = value(.recurrence(.times(2, per: .week)))
        #expect(twice?.value == "P1W" && twice?.frequency == "2X" && twice?.type == .set)
        #expect(value(.recurrence(.weekday(.monday)))?.value == "XXXX-WXX-1")
        #expect(value(.recurrence(.partOfDay(.morning)))?.value == "XXXX-XX-XXTMO")
    }

    @Test func modifiersKeepTheValue() {
        let start = value(.modified(.start, .month(10, year: 2022, .bare)))
        #expect(start?.value == "2022-10" && start?.mod == "START")
        #expect(value(.vague(.past))?.value == "PAST_REF")
    }

    /// The nearest tense cue directs an expression; a comma or a quote between them counts as
    /// farther: "viendra" three words before "lundi" wins over "a dit" two after it, past a comma.
    @Test func separatorsPutTenseCuesFarther() throws {
        func tense(of phrase: String, in body: String) throws -> Tense {
            let text = TokenizedText(body)
            let mention = try #require(Recognizer(pack: French()).mentions(in: text).first { $0.text == phrase })
            return FrenchTense.tenses(around: [mention.tokens], in: text)[0]
        }
        #expect(try tense(of: "lundi", in: "Elle viendra à Paris lundi, a dit le maire.") == .future)
        #expect(try tense(of: "lundi", in: "Elle viendra à Paris lundi a dit le maire.") == .past)
        #expect(try tense(of: "lundi", in: "Elle viendra à Paris « lundi », a dit le maire.") == .future)
        #expect(try tense(of: "mardi", in: "Le texte a été voté mardi.") == .past)
        // Cues as near on both sides: the earlier one; a comma on one side tips it to the other.
        #expect(try tense(of: "lundi", in: "Elle partira lundi disait Paul.") == .future)
        #expect(try tense(of: "lundi", in: "Elle partira, lundi disait Paul.") == .past)
        #expect(try tense(of: "lundi", in: "Elle partira lundi, disait Paul.") == .future)
    }

    /// A word's ending tells its tense: futures and conditionals, imparfaits and passé simple
    /// plurals, the future first when both could be read; short words and others tell nothing.
    @Test func endingsTellTheTense() {
        func tense(_ word: String) -> Tense? {
            Array(word.utf8).withUnsafeBufferPointer { FrenchTense.ending($0) }
        }
        for word in ["partira", "viendront", "pourrait", "seraient", "mettra", "suivront", "parlerai"] {
            #expect(tense(word) == .future, "\(word)")
        }
        for word in ["parlait", "disaient", "allerent", "finirent", "voulurent"] {
            #expect(tense(word) == .past, "\(word)")
        }
        for word in ["ait", "chat", "maison", "petit", "ami", "lundi", "a", ""] {
            #expect(tense(word) == nil, "\(word)")
        }
    }
}
