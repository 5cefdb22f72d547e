import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder for one test, removed at the end.
final class HostileScratch {
    let url: URL
    var path: String { url.path }

    init() throws { url = try CLIRunner.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// The names in `folder` (the scratch root by default), hidden ones included.
    func names(in folder: String? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder ?? path)) ?? []).sorted()
    }
}

/// Hostile articles and interrupted or failing writes, through the `frise` binary.
@Suite struct HostileInputCLITests {
    static let seed = try! String(
        contentsOf: CLIRunner.packageRoot.appendingPathComponent("seeds/000_dff2f13d49e2c1ba.txt"), encoding: .utf8)
    static let good = "date 2023-02-01 Le ministre a reçu hier son homologue."

    @Test func eachBadArticleIsOneLineAndTheOthersAreProcessed() throws {
        let scratch = try HostileScratch()
        let bad: [(String, Data)] = [
            ("b_empty.txt", Data()),
            ("c_no_date.txt", Data("Le conseil s’est réuni hier.".utf8)),
            ("d_feb30.txt", Data("date 2023-02-30 Le conseil s’est réuni hier.".utf8)),
            ("e_month13.txt", Data("date 2023-13 Le conseil s’est réuni hier.".utf8)),
            ("f_binary.txt", Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) })),
            ("g_latin1.txt", "date 2023-02-01 Le ministre a reçu hier.".data(using: .isoLatin1)!),
            ("h_nul.txt", Data("date 2023-02-01 Le ministre\u{0} a reçu hier.".utf8)),
            ("i_deep.json", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ]
        for (name, data) in bad { try scratch.write(name, data) }
        try scratch.write("a_good.txt", Self.good)
        try scratch.write("j_bom_crlf.txt", "\u{FEFF}date 2023-02-01\r\nLe ministre a reçu mardi son homologue.\r\n")
        let result = try ChildProcess.run(["timeline", scratch.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        for (name, _) in bad {
            #expect(lines.filter { $0.contains(name) }.count == 1, "\(name): \(result.stderr)")
        }
        #expect(lines.contains("frise: 8 of 10 inputs failed"), "\(result.stderr)")
        #expect(lines.contains { $0.contains("d_feb30.txt:1: '2023-02-30' is not a valid date") })
        #expect(lines.contains { $0.contains("g_latin1.txt:1: not valid UTF-8") })
        #expect(lines.contains { $0.contains("h_nul.txt:1: binary data") })
        #expect(lines.contains { $0.contains("i_deep.json:1: JSON nested more than 100 levels") })
        #expect(result.stdout.contains(",2023-01-31,2023-01-31,"), "the good article is processed")
        #expect(result.stdout.contains(",2023-01-31,2023-01-31,2023-01-31,day,") && result.stdout.contains("j_bom_crlf"))
        #expect(result.elapsed < .seconds(5))
    }

    @Test func hundredMegabyteLineIsReportedNotLoaded() throws {
        let scratch = try HostileScratch()
        let huge = try scratch.write("huge.txt", "date 2023-02-01 ")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.seekToEnd()
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.close()
        try scratch.write("good.txt", Self.good)
        let fromFile = try ChildProcess.run(["tag", scratch.path])
        let fromPipe = try ChildProcess.run(["tag", "-"], standardInput: huge)
        for result in [fromFile, fromPipe] {
            #expect(result.status == 1)
            #expect(result.stderr.contains(": larger than 50 MiB (the --max-article-bytes limit)"), "\(result.stderr)")
            #expect(result.peakMemory < 300 << 20)
            #expect(result.elapsed < .seconds(5))
        }
        #expect(fromFile.stdout.contains("\"hier\""))
        #expect(fromFile.stderr.contains("frise: 1 of 2 inputs failed"))
    }

    @Test func maxArticleBytesAppliesToEachJSONLine() throws {
        let scratch = try HostileScratch()
        let line = #"{"date": "2023-02-01", "text": "Le ministre a reçu hier son homologue."}"#
        let long = #"{"date": "2023-02-01", "text": "\#(String(repeating: "mot ", count: 1000))"}"#
        let file = try scratch.write("news.jsonl", [line, long, line].joined(separator: "\n"))
        let result = try ChildProcess.run(["tag", file, "--max-article-bytes", "1K"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("news.jsonl:2: larger than 1 KiB"), "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 2)
        let nonsense = try ChildProcess.run(["tag", file, "--max-article-bytes", "12X"])
        #expect(nonsense.status != 0 && nonsense.stderr.contains("--max-article-bytes"))
        // Offsets within an article are 32-bit: a limit past 1 GiB is refused, 1 GiB accepted.
        let huge = try ChildProcess.run(["tag", file, "--max-article-bytes", "2G"])
        #expect(huge.status != 0 && huge.stderr.contains("--max-article-bytes must be at most 1G"), "\(huge.stderr)")
        #expect(huge.stdout.isEmpty)
        let largest = try ChildProcess.run(["tag", file, "--max-article-bytes", "1G"])
        #expect(largest.status == 0 && !largest.stderr.contains("larger than"), "\(largest.stderr)")
    }

    /// A corpus slow enough that the run is still reading when it is interrupted.
    static func slowCorpus(in scratch: HostileScratch) throws -> String {
        for index in 0..<400 { try scratch.write("corpus/a\(index).txt", seed) }
        return scratch.path + "/corpus"
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func interruptedRunLeavesThePreviousOutputWhole(signal: Int32, status: Int32) throws {
        let scratch = try HostileScratch()
        let corpus = try Self.slowCorpus(in: scratch)
        let output = try scratch.write("out.csv", "previous complete content\n")
        let run = try ChildProcess(["timeline", corpus, "-o", output])
        Thread.sleep(forTimeInterval: 0.5)
        run.send(signal)
        let result = run.wait()
        let written = try String(contentsOfFile: output, encoding: .utf8)
        if result.status == status {
            #expect(written == "previous complete content\n")
            #expect(result.stderr.contains("interrupted by SIG"))
        } else {  // the run was faster than the signal: then the output must be complete
            #expect(result.status == 0, "\(result.stderr)")
            #expect(written.hasPrefix("id,") && written.hasSuffix("\r\n"))
        }
        #expect(scratch.names() == ["corpus", "out.csv"], "no temporary file is left")
    }

    @Test func writeErrorsAreOneClearLineAndKeepThePreviousOutput() throws {
        let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds").path
        let full = try ChildProcess.run(["timeline", seeds, "-o", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr == "frise: cannot write /dev/full: No space left on device\n")
        let fullStdout = try ChildProcess(["timeline", seeds], standardOutput: "/dev/full").wait()
        #expect(fullStdout.status == 1)
        #expect(fullStdout.stderr.contains("cannot write to standard output: No space left on device"))

        let scratch = try HostileScratch()
        let missing = try ChildProcess.run(["timeline", seeds, "-o", scratch.path + "/no/such/out.csv"])
        #expect(missing.status == 1 && missing.stderr.contains("No such file or directory"))
        // A file-size limit of 2 KB makes the write fail part-way, as a full disk would.
        let output = try scratch.write("out.csv", "previous complete content\n")
        let script = "ulimit -f 4; trap '' XFSZ; exec \"$0\" \"$@\""
        let limited = try ChildProcess(
            ["-c", script, CLIRunner.binary.path, "timeline", seeds, "-o", output], executable: "/bin/sh").wait()
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("cannot write \(output): File too large"), "\(limited.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous complete content\n")
        #expect(scratch.names() == ["out.csv"], "no temporary file is left")
    }

    @Test func completeRunReplacesTheOutputAndKeepsItsPermissions() throws {
        let scratch = try HostileScratch()
        let output = try scratch.write("out.csv", "previous\n")
        #expect(chmod(output, 0o640) == 0)
        let result = try ChildProcess.run(["timeline", CLIRunner.packageRoot.appendingPathComponent("seeds").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("id,start,end"))
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(scratch.names() == ["out.csv"])
    }
}
