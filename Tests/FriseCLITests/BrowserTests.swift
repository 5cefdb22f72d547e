import Foundation
import Testing

/// Opens `frise timeline --format html` in headless Chromium: the page renders (a
/// screenshot at desktop and phone widths), its DOM holds every event's headline, and
/// the page logs nothing to the console (no script error, no blocked network load).
/// Skipped when Chromium is absent; `.ci/run` installs it. With `FRISE_UPDATE_GOLDEN=1`
/// the seed's screenshot is also copied to `docs/timeline-seeds.png`.
@Suite(.serialized, .enabled(if: ExternalTool.chromium != nil, "Chromium is not installed"))
struct BrowserTests {
    /// Runs headless Chromium on a page with extra arguments; returns its result.
    static func chromium(_ page: URL, _ arguments: [String], in directory: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=\(directory.appendingPathComponent("chromium-profile").path)",
            ] + arguments + [page.absoluteString], executable: ExternalTool.chromium!)
    }

    /// Lines where the page itself spoke: console messages and uncaught errors.
    static func pageMessages(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
    }

    @Test(arguments: [["seeds"], ["seeds", "fixtures"]])
    func pageRendersEveryEventWithoutErrors(inputs: [String]) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let page = directory.appendingPathComponent("timeline.html")
        let written = try CLIRunner.run(["timeline"] + inputs + ["--format", "html", "-o", page.path, "--quiet"])
        #expect(written.status == 0, "\(written.stderr)")
        let json = try CLIRunner.run(["timeline"] + inputs + ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(!events.isEmpty)

        let dom = try Self.chromium(page, ["--dump-dom"], in: directory)
        #expect(dom.status == 0, "\(dom.stderr)")
        #expect(Self.pageMessages(dom.stderr).isEmpty, "\(Self.pageMessages(dom.stderr))")
        let text = Self.unescaped(dom.stdout)
        for event in events {
            let headline = try #require(event["headline"] as? String)
            #expect(text.contains(headline), "the page shows \(headline)")
            let id = try #require(event["id"] as? String)
            #expect(dom.stdout.contains("id=\"ev-\(id)\""), "the page has a card for \(id)")
        }

        for (name, size) in [("desktop", "1200,2000"), ("phone", "390,1600")] {
            let png = directory.appendingPathComponent("\(name).png")
            let shot = try Self.chromium(page, ["--screenshot=\(png.path)", "--window-size=\(size)"], in: directory)
            #expect(shot.status == 0, "\(shot.stderr)")
            #expect(Self.pageMessages(shot.stderr).isEmpty, "\(Self.pageMessages(shot.stderr))")
            let data = try Data(contentsOf: png)
            #expect(data.count > 10_000 && data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) screenshot is a PNG")
            if inputs == ["seeds"], name == "desktop", ProcessInfo.processInfo.environment["FRISE_UPDATE_GOLDEN"] == "1" {
                let docs = CLIRunner.packageRoot.appendingPathComponent("docs/timeline-seeds.png")
                try? FileManager.default.removeItem(at: docs)
                try FileManager.default.copyItem(at: png, to: docs)
            }
        }
    }

    @Test func aScriptErrorWouldBeCaught() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let page = directory.appendingPathComponent("broken.html")
        try "<!DOCTYPE html><title>x</title><p>x</p><script>undefinedFunction()</script>"
            .write(to: page, atomically: true, encoding: .utf8)
        let result = try Self.chromium(page, ["--dump-dom"], in: directory)
        #expect(!Self.pageMessages(result.stderr).isEmpty, "the check sees page errors")
    }

    /// The serialised DOM with the five escapes the exporter uses undone.
    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}
