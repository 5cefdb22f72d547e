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

    @Test func emptyChronologyIsEmpty() {
        #expect(JSONLinesExporter().render(ExportFixtures.chronology([])) == "")
    }
}
