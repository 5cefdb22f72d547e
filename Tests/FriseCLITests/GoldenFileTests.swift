import Foundation
import Testing

/// Runs `frise timeline` on the seed and on every fixture article in every format and compares
/// the output with the golden file beside the article. `FRISE_UPDATE_GOLDEN=1 swift test`
/// rewrites them (read the diff before committing).
@Suite struct GoldenFileTests {
    /// Each input with the stem of its golden files in `fixtures/`.
    static let inputs: [(input: String, golden: String)] = {
        let fixtures = CLIRunner.packageRoot.appendingPathComponent("fixtures")
        let articles = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return [("seeds", "fixtures/seeds")] + articles.filter { $0.hasSuffix(".txt") }.sorted().map {
            ("fixtures/\($0)", "fixtures/" + String($0.dropLast(4)))
        }
    }()

    /// Each output: its name, the options that ask for it, and the golden file's suffix.
    /// JSON goldens end in `.golden` so that reading the `fixtures` folder as input skips them.
    static let formats: [(name: String, options: [String], suffix: String)] = [
        ("csv", ["--format", "csv"], "csv"),
        ("xml", ["--format", "xml"], "xml"),
        ("excel", ["--excel"], "excel.csv"),
        ("jsonl", ["--format", "jsonl"], "jsonl.golden"),
        ("timelinejs", ["--format", "timelinejs"], "timelinejs.json.golden"),
        ("timelinejs-csv", ["--format", "timelinejs-csv"], "timelinejs.csv"),
        ("html", ["--format", "html"], "html"),
    ]

    @Test func thereAreSixFixturesAndTheSeed() { #expect(Self.inputs.count >= 7) }

    /// A release build of `frise` to check as well (CI builds one: release code is compiled with
    /// the profile of `Sources/Frise/frise.profdata`, which the debug build the tests run is not).
    static let releaseBinary = ProcessInfo.processInfo.environment["FRISE_RELEASE_BINARY"].map {
        URL(fileURLWithPath: $0, relativeTo: CLIRunner.packageRoot)
    }

    @Test(arguments: inputs.map(\.input), formats.map(\.name))
    func timelineMatchesGolden(input: String, format: String) throws {
        try check(input: input, format: format, with: CLIRunner.binary)
    }

    @Test(.enabled(if: releaseBinary != nil, "FRISE_RELEASE_BINARY names a release build"),
          arguments: inputs.map(\.input), formats.map(\.name))
    func releaseBuildMatchesGolden(input: String, format: String) throws {
        try check(input: input, format: format, with: #require(Self.releaseBinary))
    }

    func check(input: String, format: String, with binary: URL) throws {
        let options = Self.formats.first { $0.name == format }!
        let golden = Self.inputs.first { $0.input == input }!.golden + "." + options.suffix
        let result = try CLIRunner.run(["timeline", input, "--quiet"] + options.options, executable: binary)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "--quiet leaves standard error empty")
        let url = CLIRunner.packageRoot.appendingPathComponent(golden)
        if binary == CLIRunner.binary, ProcessInfo.processInfo.environment["FRISE_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: url)
        }
        // Compared as bytes: decoding would drop the Excel preset's byte order mark.
        let expected = try Data(contentsOf: url)
        #expect(Data(result.stdout.utf8) == expected, "\(input) differs from \(golden)")
    }
}
