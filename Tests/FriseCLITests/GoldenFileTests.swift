import Foundation
import Testing

/// Runs `frise timeline` on the seed and on every fixture article and compares its CSV and XML
/// with the golden files beside the article. `FRISE_UPDATE_GOLDEN=1 swift test` rewrites them
/// (read the diff before committing).
@Suite struct GoldenFileTests {
    /// Each input with the stem of its golden files in `fixtures/`.
    static let inputs: [(input: String, golden: String)] = {
        let fixtures = CLIRunner.packageRoot.appendingPathComponent("fixtures")
        let articles = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return [("seeds", "fixtures/seeds")] + articles.filter { $0.hasSuffix(".txt") }.sorted().map {
            ("fixtures/\($0)", "fixtures/" + String($0.dropLast(4)))
        }
    }()

    @Test func thereAreSixFixturesAndTheSeed() { #expect(Self.inputs.count >= 7) }

    @Test(arguments: inputs.map(\.input), ["csv", "xml"])
    func timelineMatchesGolden(input: String, format: String) throws {
        let golden = Self.inputs.first { $0.input == input }!.golden + "." + format
        let result = try CLIRunner.run(["timeline", input, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let url = CLIRunner.packageRoot.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["FRISE_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "\(input) differs from \(golden)")
    }
}
