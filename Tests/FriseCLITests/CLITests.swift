import Foundation
import Testing

@Suite struct CLITests {
    @Test func seedChronologyIsOrderedAsDesigned() throws {
        let result = try CLIRunner.run(["timeline", "seeds"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\r\n").dropFirst().map(String.init)
        func firstRow(_ prefix: String) -> Int? { rows.firstIndex { $0.contains(prefix) } }
        let praise = try #require(firstRow(",2023-01-06,2023-01-06,2023-01-06,day,inferred,praise,"))
        let visit = try #require(firstRow(",2023-01-30,2023-01-31,2023-01-30/2023-01-31,day,estimated,visit,"))
        let call = try #require(firstRow(",2023-02-01,2023-02-01,2023-02-01,day,estimated,call,"))
        #expect(praise < visit && visit < call)
    }

    @Test func xmlOutputValidatesWithFriseAndXmllint() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("t.xml").path
        let written = try CLIRunner.run(["timeline", "seeds", "fixtures", "-o", output])
        #expect(written.status == 0, "\(written.stderr)")
        let validated = try CLIRunner.run(["validate", output])
        #expect(validated.status == 0)
        #expect(validated.stdout.contains("valid"))
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        if FileManager.default.isExecutableFile(atPath: xmllint.path) {
            let schema = CLIRunner.packageRoot.appendingPathComponent("Sources/Frise/Resources/frise.xsd").path
            let checked = try CLIRunner.run(["--noout", "--nonet", "--schema", schema, output], executable: xmllint)
            #expect(checked.status == 0, "\(checked.stderr)")
        }
    }

    /// `frise validate -` reads standard input: a chronology piped from `timeline`, then the same
    /// broken, named `-` in the errors.
    @Test func standardInputIsValidated() throws {
        let written = try CLIRunner.run(["timeline", "seeds", "--format", "xml"])
        #expect(written.status == 0, "\(written.stderr)")
        let valid = try CLIRunner.run(["validate", "-"], stdin: written.stdout)
        #expect(valid.status == 0 && valid.stdout == "-: valid\n", "\(valid.stdout)\(valid.stderr)")
        let broken = written.stdout.replacingOccurrences(of: "<events>", with: "<events><oops/>")
        let invalid = try CLIRunner.run(["validate", "-"], stdin: broken)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("frise: -:"), "\(invalid.stderr)")
        #expect(invalid.stderr.contains("oops"), "\(invalid.stderr)")
    }

    @Test func brokenXMLFailsValidationWithALineNumber() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("broken.xml")
        try "<?xml version=\"1.0\"?>\n<chronology xmlns=\"urn:frise:chronology:1\" version=\"1\">\n  <events>\n</chronology>\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.xml:4:"), "\(result.stderr)")
    }

    @Test func entityDeclarationsAreRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("lol.xml")
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<c>&b;</c>\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lol.xml:2:"), "\(result.stderr)")
    }

    @Test func formatComesFromTheOutputExtension() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for (name, start) in [("t.json", "{"), ("t.csv", "id,start,end"), ("t.xml", "<?xml")] {
            let output = directory.appendingPathComponent(name).path
            #expect(try CLIRunner.run(["timeline", "seeds", "-o", output]).status == 0)
            #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix(start), "\(name)")
        }
    }

    @Test func badFilesAreReportedAndTheOthersStillProcessed() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try "date 2023-02-30 Le conseil s’est réuni hier.".write(
            to: directory.appendingPathComponent("a_bad_date.txt"), atomically: true, encoding: .utf8)
        try Data([0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x33, 0x20, 0xFF, 0xFE]).write(
            to: directory.appendingPathComponent("b_latin.txt"))
        try "Le conseil s’est réuni hier.".write(
            to: directory.appendingPathComponent("c_no_date.txt"), atomically: true, encoding: .utf8)
        try "date 2023-02-01 Le ministre a reçu hier son homologue.".write(
            to: directory.appendingPathComponent("d_good.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["timeline", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a_bad_date.txt:1:"), "\(result.stderr)")
        #expect(result.stderr.contains("b_latin.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("c_no_date.txt"), "\(result.stderr)")
        #expect(result.stdout.contains("2023-01-31"), "the good article is still processed")
    }

    @Test func tagPrintsOneJSONObjectPerExpression() throws {
        let result = try CLIRunner.run(["tag", "-", "--dct", "2023-02-01"],
                                       stdin: "Il est arrivé hier et repartira lundi prochain.")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["doc"] as? String != nil)
        #expect(first["start"] as? Int == 14 && first["end"] as? Int == 18)
        #expect(first["text"] as? String == "hier")
        #expect(first["type"] as? String == "DATE")
        #expect(first["value"] as? String == "2023-01-31")
        #expect(first["granularity"] as? String == "day")
        #expect(first["certainty"] as? String == "inferred")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["value"] as? String == "2023-02-06")
    }

    @Test func helpShowsExamples() throws {
        let result = try CLIRunner.run(["timeline", "--help"])
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--format"))
    }
}

@Suite struct CLIInputTests {
    @Test func sameFileNameInTwoFoldersGivesTwoDocuments() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for folder in ["a", "b"] {
            let sub = directory.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try "date 2023-02-01 Le ministre a reçu hier son homologue.".write(
                to: sub.appendingPathComponent("same.txt"), atomically: true, encoding: .utf8)
        }
        let output = directory.appendingPathComponent("t.xml").path
        let result = try CLIRunner.run(["timeline", directory.path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.contains("\"same\"") && xml.contains("\"same-2\""))
    }

    @Test func standardInputAndDocumentDateOverride() throws {
        let result = try CLIRunner.run(["timeline", "-", "--dct", "2024-01-03"],
                                       stdin: "Le président a annoncé le 28 décembre sa démission.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(",2023-12-28,2023-12-28,2023-12-28,day,inferred,"))
    }

    @Test func invalidDocumentDateOptionIsExplained() throws {
        let result = try CLIRunner.run(["timeline", "seeds", "--dct", "2023-02-30"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--dct"))
    }
}

@Suite struct EventsCommandTests {
    @Test func eventsPrintsOneObjectPerEventWithTheDocumentedKeys() throws {
        let result = try CLIRunner.run(["events", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count >= 6)
        for object in objects {
            for key in ["doc", "trigger", "class", "type", "when", "actors", "places", "headline", "sentence"] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
        }
        let call = try #require(objects.first { $0["type"] as? String == "call" })
        let when = try #require(call["when"] as? [String: Any])
        #expect(when["value"] as? String == "2023-02-01")
        #expect(when["certainty"] as? String == "estimated")
        let trigger = try #require(call["trigger"] as? [String: Any])
        #expect(trigger["text"] as? String == "appel")
        #expect((call["actors"] as? [String])?.contains { $0.hasPrefix("Nasser Bourita") } == true)
        #expect(objects.contains { $0["when"] is NSNull }, "undated events are kept")
    }
}

@Suite struct FilterOptionTests {
    @Test func filtersNarrowTheChronology() throws {
        let all = try CLIRunner.run(["timeline", "seeds", "--format", "csv"])
        let calls = try CLIRunner.run(["timeline", "seeds", "--format", "csv", "--type", "call"])
        let blinken = try CLIRunner.run(["timeline", "seeds", "--format", "csv", "--actor", "blinken", "--to", "2023-01-31"])
        #expect(calls.status == 0 && blinken.status == 0)
        let callRows = calls.stdout.split(separator: "\r\n").dropFirst()
        #expect(!callRows.isEmpty && callRows.allSatisfy { $0.contains(",call,") })
        let blinkenRows = blinken.stdout.split(separator: "\r\n").dropFirst()
        #expect(!blinkenRows.isEmpty && blinkenRows.allSatisfy { $0.contains("Blinken") && $0.contains(",2023-01-") })
        #expect(all.stdout.split(separator: "\r\n").count > blinkenRows.count + 1)
    }

    @Test func badFilterValuesAreExplained() throws {
        let result = try CLIRunner.run(["timeline", "seeds", "--type", "party"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--type"))
    }
}

@Suite struct MergeTests {
    /// Fixtures 15 and 16 report one inauguration a day apart ("aujourd'hui" / "hier").
    @Test func twoArticlesReportingOneHappeningGiveOneEventWithTwoSources() throws {
        let inputs = ["fixtures/15_inauguration_voltanor_a.txt", "fixtures/16_inauguration_voltanor_b.txt"]
        let result = try CLIRunner.run(["timeline"] + inputs + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        let merged = events.filter { ($0["sources"] as? [[String: Any]])?.count == 2 }
        #expect(merged.count == 1)
        let event = try #require(merged.first)
        #expect(event["type"] as? String == "visit")
        #expect((event["when"] as? [String: Any])?["value"] as? String == "2024-04-09")
        let documents = (event["sources"] as? [[String: Any]])?.compactMap { $0["document"] as? String }
        #expect(documents == ["15_inauguration_voltanor_a", "16_inauguration_voltanor_b"])

        let directory = try CLIRunner.temporaryDirectory()
        let xml = directory.appendingPathComponent("merged.xml").path
        #expect(try CLIRunner.run(["timeline"] + inputs + ["-o", xml]).status == 0)
        #expect(try String(contentsOfFile: xml, encoding: .utf8).contains("<source document=\"16_inauguration_voltanor_b\">"))
    }
}

@Suite struct TimeMLOutputTests {
    @Test func tagWritesValidTimeMLThatReadsBack() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let folder = directory.appendingPathComponent("tagged").path + "/"
        let result = try CLIRunner.run(["tag", "seeds", "fixtures/01_diplomatie_peche.txt", "--format", "timeml", "-o", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let file = directory.appendingPathComponent("tagged/000_dff2f13d49e2c1ba.tml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("functionInDocument=\"CREATION_TIME\""))
        #expect(text.contains(">ce mercredi</TIMEX3>"))
        // The written documents are TimeML that `frise eval` reads back: every expression matches itself.
        let scores = try CLIRunner.run(["eval", directory.appendingPathComponent("tagged").path])
        #expect(scores.status == 0, "\(scores.stderr)")
        #expect(scores.stdout.contains("strict     100.00   100.00   100.00"), "\(scores.stdout)")
    }

    @Test func severalArticlesNeedAFolder() throws {
        let result = try CLIRunner.run(["tag", "seeds", "fixtures/01_diplomatie_peche.txt", "--format", "timeml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("folder"))
    }
}
