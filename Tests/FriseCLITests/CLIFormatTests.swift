import Foundation
import Testing

/// The output options of `frise timeline`: spreadsheet presets, formats from the extension,
/// TimelineJS notes and `--quiet`.
@Suite struct CLIFormatTests {
    @Test func excelPresetHasAByteOrderMarkAndSemicolons() throws {
        let result = try CLIRunner.run(["timeline", "seeds", "--excel"])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = Array(result.stdout.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(result.stdout.dropFirst().hasPrefix("id;start;end;value;"))
    }

    @Test(arguments: [(["--delimiter", "tab"], "id\tstart\tend"), (["--excel", "--delimiter", "|"], "\u{FEFF}id|start|end"),
                      (["--delimiter", ";"], "id;start;end")])
    func delimiterOverridesThePreset(options: [String], header: String) throws {
        let result = try CLIRunner.run(["timeline", "seeds"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(header))
    }

    @Test(arguments: [["--delimiter", "ab"], ["--delimiter", "\""], ["--excel", "--format", "json"]])
    func badCSVOptionsAreExplained(options: [String]) throws {
        let result = try CLIRunner.run(["timeline", "seeds"] + options)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--delimiter") || result.stderr.contains("--excel"), "\(result.stderr)")
    }

    @Test func formatComesFromTheNewExtensions() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for (name, start) in [("t.jsonl", "{\"id\":"), ("t.ndjson", "{\"id\":"), ("t.html", "<!DOCTYPE html>")] {
            let output = directory.appendingPathComponent(name).path
            #expect(try CLIRunner.run(["timeline", "seeds", "-o", output]).status == 0)
            #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix(start), "\(name)")
        }
    }

    @Test func timelineJSLeavesUndatedEventsOutAndSaysSo() throws {
        let all = try CLIRunner.run(["timeline", "seeds", "--format", "jsonl"])
        let undated = all.stdout.split(separator: "\n").filter { $0.contains("\"when\":null") }.count
        #expect(undated > 0, "the seed has undated events")
        let result = try CLIRunner.run(["timeline", "seeds", "--format", "timelinejs"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(undated) events without a date left out"), "\(result.stderr)")
        let quiet = try CLIRunner.run(["timeline", "seeds", "--format", "timelinejs-csv", "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        let help = try CLIRunner.run(["timeline", "--help"])
        #expect(help.stdout.contains("leave out undated events"))
    }

    @Test func quietStillReportsErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try "Pas de date ici.".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("t.csv").path
        let result = try CLIRunner.run(["timeline", directory.path, "-o", output, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt"), "\(result.stderr)")
        #expect(!result.stderr.contains("written to"))
        let loud = try CLIRunner.run(["timeline", "seeds", "-o", output])
        #expect(loud.stderr.contains("written to \(output)"), "\(loud.stderr)")
    }

    @Test func tableFormatFitsColumnsWithoutColourWhenPiped() throws {
        let result = try CLIRunner.run(["timeline", "seeds", "--format", "table"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("date") == true)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when standard output is not a terminal")
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    /// `frise timeline seeds` under a pseudo-terminal (util-linux `script`), with an environment.
    static func onTerminal(_ environment: String) throws -> String {
        let command = "env \(environment) '\(CLIRunner.binary.path)' timeline seeds"
        let result = try CLIRunner.run(["-qec", command, "/dev/null"], executable: ExternalTool.find("script")!)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test(.enabled(if: ExternalTool.find("script") != nil, "util-linux script is not installed"))
    func terminalGetsATableColouredUnlessNoColor() throws {
        let coloured = try Self.onTerminal("-u NO_COLOR COLUMNS=72 TERM=xterm")
        #expect(coloured.contains("\u{1B}[1mdate"), "bold header on a terminal")
        let plain = try Self.onTerminal("COLUMNS=72 TERM=xterm NO_COLOR=1")
        #expect(plain.hasPrefix("date "))
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.split(separator: "\n").allSatisfy { $0.count <= 72 }, "\(plain)")
    }

    @Test func pipedOutputWithoutFormatStaysCSV() throws {
        let result = try CLIRunner.run(["timeline", "seeds"])
        #expect(result.stdout.hasPrefix("id,start,end,"))
    }
}
