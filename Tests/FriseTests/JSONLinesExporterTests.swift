import Foundation
import Testing
@testable import Frise

@Suite struct JSONLinesExporterTests {
    @Test func oneEventObjectPerLineWithTheJSONExportersFields() throws {
        let events = [
            ExportFixtures.event(headline: "ligne 1\nligne 2 « ok »", places: ["Rabat"]),
            ExportFixtures.event(id: "seed-e2", when: nil, timexes: [], inheritedFrom: "seed-e1"),
        ]
        let chronology = ExportFixtures.chronology(events)
        let text = JSONLinesExporter().render(chronology)
        #expect(text.hasSuffix("}\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2)
        let whole = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONExporter().render(chronology).utf8)) as? [String: Any])
        let expected = try #require(whole["events"] as? [NSDictionary])
        for (line, object) in zip(lines, expected) {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
            #expect(parsed == object)
            #expect(line.hasPrefix("{\"id\":"), "keys keep the JSON exporter's order")
        }
    }

    /// Each line is written without the JSON exporter's tree: byte for byte the tree's compact
    /// form, for events of every shape (merged sources, roles, escapes, no date, several
    /// expressions) and for the chronology of the fixture articles.
    @Test func eachLineIsTheJSONExportersObjectWrittenCompact() throws {
        var merged = ExportFixtures.event(
            headline: "Il a dit \"non\" \\ puis\u{1}\ttu", actors: ["Nasser Bourita", "Ayman Safadi", "Jean \"J\""],
            places: ["Rabat", "Amman"], timexes: ["lundi", "mardi"])
        merged.setRole(.agent, of: "Nasser Bourita")
        merged.setRole(.partner, of: "Jean \"J\"")
        merged.sources = [
            EventSource(document: "seed", trigger: merged.trigger, sentence: merged.sentence, timexes: merged.timexes),
            EventSource(document: "other", trigger: TextSpan(start: 1, end: 2, text: "é"),
                        sentence: TextSpan(start: 0, end: 3, text: "«é»\n"), timexes: []),
        ]
        var events = [merged, ExportFixtures.event(id: "seed-e2", when: nil, timexes: [], inheritedFrom: "seed-e1")]
        var builder = ChronologyBuilder()
        for name in FixtureGoldTests.names {
            let (tagged, extracted) = try FixtureGoldTests.analyse(name)
            builder.add(extracted, of: tagged)
        }
        events += builder.build().events
        #expect(events.contains { $0.sources.count > 1 } && events.contains { $0.when == nil })
        for event in events {
            var tree: [UInt8] = [], line: [UInt8] = []
            JSONExporter().node(of: event).writeCompact(to: &tree)
            JSONLinesExporter.write(event, to: &line)
            #expect(String(decoding: line, as: UTF8.self) == String(decoding: tree, as: UTF8.self))
        }
    }

    @Test func emptyChronologyIsEmpty() {
        #expect(JSONLinesExporter().render(ExportFixtures.chronology([])) == "")
    }
}
