import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `frise tag -` and `frise events -` as a stage of Spark's `RDD.pipe` or Hadoop Streaming:
/// JSON Lines in, JSON Lines out, each line's output written as soon as the line is done.
@Suite struct StreamingTests {
    @Test(arguments: [["tag", "-", "--jobs", "2"], ["events", "-", "--jobs", "3", "--documents"], ["tag", "-", "--jobs", "1"]])
    func eachLineIsAnsweredBeforeTheNextComes(arguments: [String]) throws {
        let run = try PipedRun(arguments)
        let lines = TestCorpus.lines(count: 3, prefix: "flux")
        for (index, line) in lines.enumerated() {
            run.send(line + "\n")
            let answer = try #require(run.readLine(within: .seconds(60)), "no answer to line \(index + 1)")
            #expect(answer.contains("\"doc\":\"flux-\(index + 1)\""), "\(answer)")
            run.drain()  // the rest of that article's lines
        }
        let end = run.finish()
        #expect(end.status == 0, "\(end.stderr)")
    }

    /// A line whose first part comes while the line before it is processed, and whose rest comes
    /// only once that line is answered: the answer is not held back for the line that waits (it
    /// was, when bytes waiting on the pipe were taken for more input to answer with).
    @Test(arguments: [["tag", "-", "--jobs", "1"], ["events", "-", "--jobs", "2", "--documents"]])
    func aLineSentInTwoPartsDoesNotHoldBackTheAnswerBefore(arguments: [String]) throws {
        let run = try PipedRun(arguments)
        let text = TestCorpus.texts[0]
        func line(_ id: String, repeats: Int) -> String {
            let object = ["id": id, "date": text.date, "text": Array(repeating: text.body, count: repeats).joined(separator: "\n")]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        // A first line answered, so that the tables are built and the next one is read at once.
        run.send(line("moitie-0", repeats: 1) + "\n")
        _ = try #require(run.readLine(within: .seconds(60)), "no answer to the first line")
        run.drain()
        // A long article, some hundreds of milliseconds of work, then the first half of the next
        // line while it is processed.
        run.send(line("moitie-1", repeats: 400) + "\n")
        Thread.sleep(forTimeInterval: 0.02)
        let next = line("moitie-2", repeats: 1)
        let cut = next.utf8.count / 2
        run.send(String(next.prefix(cut)))
        let answer = try #require(run.readLine(within: .seconds(60)), "no answer to the long line")
        #expect(answer.contains("\"doc\":\"moitie-1\""), "\(answer)")
        run.send(String(next.dropFirst(cut)) + "\n")
        let end = run.finish()
        #expect(end.status == 0, "\(end.stderr)")
        #expect(end.stdout.contains("\"doc\":\"moitie-2\""), "\(end.stdout)")
    }

    @Test func aLoneObjectWithoutIDKeepsTheNameOfStandardInput() throws {
        let object = #"{"date": "2023-02-01", "text": "Le ministre a reçu hier son homologue."}"#
        let run = try PipedRun.run(["tag", "-"], input: object + "\n")
        #expect(run.stdout.hasPrefix(#"{"doc":"stdin","#), "\(run.stdout)")
        let two = try PipedRun.run(["tag", "-"], input: object + "\n" + object + "\n")
        #expect(two.stdout.hasPrefix(#"{"doc":"stdin-1","#), "\(two.stdout)")
        #expect(two.stdout.contains(#"{"doc":"stdin-2","#), "\(two.stdout)")
    }

    /// With no path and a terminal on standard input, the run is refused (it would wait for
    /// articles typed in): `script` gives it a terminal.
    @Test(.enabled(if: ExternalTool.find("script") != nil))
    func noPathOnATerminalIsRefused() throws {
        let script = try #require(ExternalTool.find("script"))
        let run = try CLIRunner.run(["-qec", "'\(CLIRunner.binary.path)' tag", "/dev/null"], stdin: "", executable: script)
        #expect(run.status == 64, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("No articles"), "\(run.stdout)")
    }

    #if os(Linux)
    /// A pipe on standard output gets a buffer of 1 MiB (F_SETPIPE_SZ) before the first write:
    /// with Linux's 64 KiB, a writer of 300 KB pieces waits for its reader several times a piece.
    @Test(arguments: [["timeline", "seeds"], ["tag", "seeds", "--format", "jsonl"]])
    func aPipeOnStandardOutputIsWidened(arguments: [String]) throws {
        let getPipeSize: Int32 = 1032  // F_GETPIPE_SZ
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let descriptor = out.fileHandleForReading.fileDescriptor
        #expect(fcntl(descriptor, getPipeSize) < 1 << 20)
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && !output.isEmpty)
        #expect(fcntl(descriptor, getPipeSize) == 1 << 20)
    }
    #endif

    /// Answers wait while more input is there already: standard input from a file (always
    /// ready) is answered in one block, not one write per article, which woke the reader at a
    /// pipe's other end for each. Counted as the reads that bring output: one write per article
    /// came as a read each.
    @Test(arguments: [["tag", "-", "--jobs", "1"], ["events", "-", "--jobs", "1", "--documents"]])
    func inputAlreadyThereIsAnsweredInBlocks(arguments: [String]) throws {
        let articles = 40
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("in.jsonl")
        try Data((TestCorpus.lines(count: articles, prefix: "bloc").joined(separator: "\n") + "\n").utf8).write(to: file)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.packageRoot
        process.standardInput = try FileHandle(forReadingFrom: file)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let descriptor = out.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var reads = 0, lines = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            reads += 1
            lines += buffer[..<count].count { $0 == 0x0A }
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(lines >= articles)
        #expect(reads < articles / 4, "\(reads) reads for \(articles) articles")
    }

    /// With no path, a pipe on standard input is the input, as with `-`.
    @Test(arguments: ["tag", "events"])
    func noPathReadsThePipe(command: String) throws {
        let input = TestCorpus.lines(count: 2, prefix: "pipe").joined(separator: "\n") + "\n"
        let implicit = try PipedRun.run([command, "--jobs", "2"], input: input)
        let explicit = try PipedRun.run([command, "-", "--jobs", "2"], input: input)
        #expect(implicit.status == 0, "\(implicit.stderr)")
        #expect(implicit.stdout.contains(#""doc":"pipe-2""#), "\(implicit.stdout)")
        #expect(implicit.stdout == explicit.stdout)
    }
}

/// A `frise` run fed through a pipe by the test while its output is read, so that neither
/// side can block the other.
final class PipedRun {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private let process = Process()
    private let input = Pipe(), output = Pipe()
    private let errorURL: URL
    private var pending = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.packageRoot
        errorURL = try CLIRunner.temporaryDirectory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
    }

    func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

    /// The next output line, or nil when none comes within `limit`.
    func readLine(within limit: Duration) -> String? {
        let deadline = ContinuousClock.now + limit
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[..<newline]
                pending = Data(pending[(newline + 1)...])
                return String(decoding: line, as: UTF8.self)
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero, let chunk = read(waiting: left) else { return nil }
            pending.append(chunk)
        }
    }

    /// Drops what is already printed, waiting a little for the end of an article's lines.
    func drain() {
        pending = Data()
        while let chunk = read(waiting: .milliseconds(300)) { _ = chunk }
    }

    /// Closes standard input and waits for the end.
    func finish() -> Outcome {
        try? input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, stdout: String(decoding: pending + rest, as: UTF8.self), stderr: errors)
    }

    /// Runs `frise` with `input` written on a thread of its own while the output is read.
    static func run(_ arguments: [String], input text: String) throws -> Outcome {
        let run = try PipedRun(arguments)
        let handle = run.input.fileHandleForWriting
        let data = Data(text.utf8)
        let writer = Thread {
            handle.write(data)
            try? handle.close()
        }
        writer.start()
        let output = run.output.fileHandleForReading.readDataToEndOfFile()
        run.process.waitUntilExit()
        let errors = (try? String(contentsOf: run.errorURL, encoding: .utf8)) ?? ""
        return Outcome(status: run.process.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: errors)
    }

    /// What the output holds within `limit`; nil when nothing came or at its end.
    private func read(waiting limit: Duration) -> Data? {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, max(milliseconds, 1)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let got = Glibc.read(descriptor, &buffer, buffer.count)
        return got > 0 ? Data(buffer[0..<got]) : nil
    }
}
