import Foundation
import Testing
import Frise

/// End-to-end through the public API: every fixture article against its hand-written gold file.
///
/// A gold file lists, in a `# timex` section, each temporal expression with the value a careful
/// reader gives it, and in a `# events` section the events with their dates and types.
@Suite struct FixtureGoldTests {
    struct Gold {
        var timexes: [(text: String, value: String, granularity: String)] = []
        var events: [(start: String, end: String, type: String, trigger: String, actors: [String], places: [String])] = []
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".gold") }.map { String($0.dropLast(5)) }.sorted()

    static func gold(_ name: String) throws -> Gold {
        var gold = Gold()
        let text = try String(contentsOf: fixtures.appendingPathComponent(name + ".gold"), encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.count == 3 { gold.timexes.append((columns[0], columns[1], columns[2])) }
            if columns.count == 6 {
                func names(_ column: String) -> [String] {
                    column == "-" ? [] : column.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                }
                gold.events.append((columns[0], columns[1], columns[2], columns[3], names(columns[4]), names(columns[5])))
            }
        }
        return gold
    }

    static func analyse(_ name: String) throws -> (TaggedArticle, [Event]) {
        var articles: [Article] = []
        ArticleReader().read(paths: [fixtures.appendingPathComponent(name + ".txt").path]) { result in
            if case .success(let article) = result { articles.append(article) }
        }
        let tagged = Tagger().tag(try #require(articles.first))
        return (tagged, EventExtractor().events(in: tagged))
    }

    /// Span conventions differ on determiners ("le 6 janvier" vs "6 janvier"); compare without them.
    static func core(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "’", with: "'")
        for prefix in ["le ", "Le ", "l'", "L'"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text
    }

    @Test func thereAreAtLeastSixFixtures() { #expect(Self.names.count >= 6) }

    /// Articles tagged and their events extracted together, pass by pass (as `frise` hands them
    /// over, a group at a time), give each what it gives alone, whatever the order; none, none.
    @Test func articlesTakenTogetherGiveWhatEachGivesAlone() throws {
        var articles: [Article] = []
        ArticleReader().read(paths: Self.names.map { Self.fixtures.appendingPathComponent($0 + ".txt").path }) { result in
            if case .success(let article) = result { articles.append(article) }
        }
        #expect(articles.count == Self.names.count && articles.count >= 6)
        for group in [articles, articles.reversed()] {
            let tagged = Tagger().tag(group)
            let events = EventExtractor().events(in: tagged)
            try #require(tagged.count == group.count && events.count == group.count)
            for (index, article) in group.enumerated() {
                let alone = Tagger().tag(article)
                #expect(tagged[index].article.id == article.id)
                #expect(tagged[index].text.tokens == alone.text.tokens, "\(article.id)")
                #expect(tagged[index].anchor == alone.anchor, "\(article.id)")
                #expect(tagged[index].expressions == alone.expressions, "\(article.id)")
                #expect(!events[index].isEmpty && events[index] == EventExtractor().events(in: alone), "\(article.id)")
            }
        }
        #expect(Tagger().tag([]).isEmpty && EventExtractor().events(in: []).isEmpty)
    }

    @Test(arguments: names)
    func everyGoldExpressionIsFoundWithItsValue(name: String) throws {
        let (tagged, _) = try Self.analyse(name)
        for gold in try Self.gold(name).timexes {
            let found = tagged.expressions.first { Self.core($0.mention.text) == Self.core(gold.text) && $0.value.value == gold.value }
            #expect(found != nil, "\(name): \(gold.text) → \(gold.value)")
            #expect(found?.value.granularity.rawValue == gold.granularity, "\(name): \(gold.text)")
        }
    }

    /// At least 60% of the gold's dated events have an extracted event with the same span.
    @Test(arguments: names)
    func mostDatedGoldEventsAreDated(name: String) throws {
        let (_, events) = try Self.analyse(name)
        let dated = try Self.gold(name).events.filter { $0.start != "-" }
        let found = dated.filter { gold in
            events.contains { $0.when?.start?.description == gold.start && $0.when?.end?.description == gold.end }
        }
        #expect(Double(found.count) >= 0.6 * Double(dated.count), "\(name): \(found.count) of \(dated.count)")
    }

    /// The actors and places of the gold events against those of the extracted event with the
    /// same trigger word and the same days (none for an undated gold event): names compared
    /// without case, accents' forms of apostrophes or titles. Many gold actors are common-noun
    /// phrases ("salariés de l'usine"), which Frise, reading names, does not give: the floors
    /// stand a little below the figures measured, to catch a loss.
    @Test func participantsOfGoldEventsAreFound() throws {
        func key(_ name: String) -> String {
            let bare = name.range(of: " (").map { String(name[..<$0.lowerBound]) } ?? name
            return bare.replacingOccurrences(of: "’", with: "'").lowercased()
        }
        var actors = (matched: 0, found: 0, gold: 0), places = (matched: 0, found: 0, gold: 0), events = 0
        for name in Self.names {
            let (_, extracted) = try Self.analyse(name)
            for gold in try Self.gold(name).events {
                let words = Set(gold.trigger.lowercased().split(separator: " ").map(String.init))
                guard let event = extracted.first(where: {
                    words.contains($0.trigger.text.lowercased())
                        && (gold.start == "-" ? $0.when == nil : $0.when?.start?.description == gold.start)
                }) else { continue }
                events += 1
                func score(_ given: [String], _ expected: [String], _ tally: inout (matched: Int, found: Int, gold: Int)) {
                    let expectedKeys = Set(expected.map(key)), givenKeys = Set(given.map(key))
                    tally.matched += givenKeys.intersection(expectedKeys).count
                    tally.found += givenKeys.count
                    tally.gold += expectedKeys.count
                }
                score(event.actors, gold.actors, &actors)
                score(event.places, gold.places, &places)
            }
        }
        func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        print("fixture participants over \(events) matched events: actors P \(ratio(actors.matched, actors.found)) R \(ratio(actors.matched, actors.gold)), places P \(ratio(places.matched, places.found)) R \(ratio(places.matched, places.gold))")
        // Measured: 107 events; actors P 0.669 R 0.522, places P 0.633 R 0.297. (The gold lists
        // where an event happened; Frise every place its clause names, a département in
        // parentheses too: since départements are places, not actors, places P fell from 0.720.)
        #expect(events >= 100)
        #expect(ratio(actors.matched, actors.found) >= 0.64 && ratio(actors.matched, actors.gold) >= 0.49)
        #expect(ratio(places.matched, places.found) >= 0.60 && ratio(places.matched, places.gold) >= 0.27)
    }

    @Test func undatedEventsAreKeptAndSortLast() throws {
        var builder = ChronologyBuilder()
        for name in Self.names {
            let (tagged, events) = try Self.analyse(name)
            builder.add(events, of: tagged)
        }
        let events = builder.build().events
        let firstUndated = try #require(events.firstIndex { $0.when == nil })
        #expect(events[firstUndated...].allSatisfy { $0.when == nil })
        #expect(events[..<firstUndated].map { $0.when!.start! } == events[..<firstUndated].map { $0.when!.start! }.sorted())
    }
}
