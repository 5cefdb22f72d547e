import Foundation
import Testing
@testable import Frise

@Suite struct JSONExporterTests {
    private func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func datedEventHasEveryField() throws {
        let event = ExportFixtures.event(
            headline: "Il a dit « oui »\n\"vraiment\"", places: ["Rabat"], inheritedFrom: "seed-e0")
        let root = try parse(JSONExporter().render(ExportFixtures.chronology([event])))
        let events = try #require(root["events"] as? [[String: Any]])
        let first = try #require(events.first)
        #expect(
            Set(first.keys) == [
                "id", "document", "type", "cameo", "class", "when", "trigger", "timexes", "inherited_from", "actors",
                "places", "headline", "sentence", "sources", "roles",
            ])
        #expect(first["id"] as? String == "seed-e1")
        #expect(first["type"] as? String == "call")
        #expect(first["cameo"] as? String == "041")
        #expect(first["class"] as? String == "OCCURRENCE")
        #expect(first["headline"] as? String == "Il a dit « oui »\n\"vraiment\"")
        #expect(first["inherited_from"] as? String == "seed-e0")
        #expect(first["actors"] as? [String] == ["Nasser Bourita"])
        #expect(first["places"] as? [String] == ["Rabat"])
        let when = try #require(first["when"] as? [String: Any])
        #expect(when["value"] as? String == "2023-02-01")
        #expect(when["start"] as? String == "2023-02-01")
        #expect(when["end"] as? String == "2023-02-01")
        #expect(when["granularity"] as? String == "day")
        #expect(when["certainty"] as? String == "estimated")
        #expect(when["type"] as? String == "DATE")
        let trigger = try #require(first["trigger"] as? [String: Any])
        #expect(trigger["start"] as? Int == 22 && trigger["end"] as? Int == 27 && trigger["text"] as? String == "appel")
        let timexes = try #require(first["timexes"] as? [[String: Any]])
        #expect(timexes.map { $0["text"] as? String } == ["ce mercredi"])
        let sentence = try #require(first["sentence"] as? [String: Any])
        #expect(sentence["start"] as? Int == 5)
    }

    @Test func undatedEventHasNullWhen() throws {
        let event = ExportFixtures.event(when: nil, timexes: [])
        let root = try parse(JSONExporter().render(ExportFixtures.chronology([event])))
        let first = try #require((root["events"] as? [[String: Any]])?.first)
        #expect(first["when"] is NSNull)
        #expect(first["inherited_from"] is NSNull)
        #expect((first["timexes"] as? [Any])?.isEmpty == true)
    }

    @Test func documentsAreListed() throws {
        let root = try parse(JSONExporter().render(ExportFixtures.chronology([])))
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents[0]["id"] as? String == "seed")
        #expect(documents[0]["source"] as? String == "seeds/seed.txt")
        #expect(documents[0]["date"] as? String == "2023-02")
        #expect(documents[0]["reference_day"] as? String == "2023-02-01")
        #expect(documents[0]["title"] is NSNull)
        #expect((root["events"] as? [Any])?.isEmpty == true)
    }

    @Test func outputIsPrettyAndKeysKeepTheirOrder() {
        let json = JSONExporter().render(ExportFixtures.chronology([ExportFixtures.event()]))
        #expect(json.hasPrefix("{\n  \"documents\": [\n    {\n      \"id\": \"seed\","))
        #expect(json.hasSuffix("}\n"))
        let keys = ["\"id\"", "\"document\"", "\"type\"", "\"cameo\"", "\"class\"", "\"when\"", "\"trigger\"",
                    "\"timexes\"", "\"inherited_from\"", "\"actors\"", "\"places\"", "\"headline\"", "\"sentence\""]
        let events = json[json.range(of: "\"events\"")!.upperBound...]
        let positions = keys.map { events.range(of: "      " + $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(JSONExporter().render(ExportFixtures.chronology([ExportFixtures.event()])) == json)
    }
}
