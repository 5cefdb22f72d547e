import ArgumentParser
import Foundation
import Frise

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders (read recursively); `-` reads standard input, as does giving none when "
            + "standard input is a pipe or a file.",
        valueName: "paths"))
    var givenPaths: [String] = []

    /// The paths given, or standard input when none is (refused in `validate` on a terminal,
    /// where a run would wait for typed articles).
    var paths: [String] { givenPaths.isEmpty ? ["-"] : givenPaths }

    @Option(name: .customLong("dct"), help: "Document date for every article (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM), overriding the date line.")
    var documentDate: String?

    @Option(
        name: .customLong("max-article-bytes"),
        help: ArgumentHelp(
            "The largest article read: a whole file, or one JSON Lines line (suffixes K, M, G: 10M = 10 MiB; "
                + "at most 1G). A larger one is reported and skipped, never read whole.",
            valueName: "size"))
    var maxArticleBytes = ByteCount(ArticleReader.defaultMaxArticleBytes)

    @Option(
        help: ArgumentHelp(
            "Articles processed in parallel, by default one per core. The output is the same whatever the number.",
            valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print only errors on standard error (no progress, no notices).")
    var quiet = false

    func validate() throws {
        if givenPaths.isEmpty, isatty(STDIN_FILENO) == 1 {
            throw ValidationError("No articles: give files or folders, or pipe JSON Lines on standard input.")
        }
        if let documentDate, DocumentDate(parsing: documentDate) == nil {
            throw ValidationError("--dct '\(documentDate)' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
        }
        if maxArticleBytes.bytes < 1 { throw ValidationError("--max-article-bytes must be at least 1.") }
        if maxArticleBytes.bytes > TokenizedText.maxBodyBytes {
            throw ValidationError("--max-article-bytes must be at most 1G: an article's offsets are kept in 32 bits.")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// Reads every article, runs `process` on each (on `--jobs` workers) and hands the results to
    /// `body` in input order; reports each failure on standard error in one line and, at the end,
    /// a summary line when any failed (`frise: 3 of 10 inputs failed`); returns how many failed.
    ///
    /// `prepare` runs once before the first article is processed, while the first are read.
    /// `admit` may rename each article, and only rename it, in input order (see `ArticlePipeline`: the
    /// output is that of the renamed article). `endOfBatch` runs after each batch
    /// of results (see `ArticlePipeline`). An input is one article or one failure. From here on
    /// an interruption (SIGINT, SIGTERM, SIGHUP) ends the run cleanly, leaving no half-written
    /// output; on a terminal, long runs show their progress on standard error.
    func forEachArticle<Output: Sendable>(
        prepare: () -> Void = {},
        admit: (Article) -> Article = { $0 },
        _ process: @escaping @Sendable (Article) -> Output,
        endOfBatch: (_ inputWaits: Bool) throws -> Void = { _ in },
        _ body: (consuming Output) throws -> Void
    ) throws -> Int {
        try forEachArticle(prepare: prepare, admit: admit, groups: { $0.map(process) }, endOfBatch: endOfBatch, body)
    }

    /// `forEachArticle`, with `process` given groups of articles in input order (an output for
    /// each): see `ArticlePipeline.articlesPerGroup`.
    func forEachArticle<Output: Sendable>(
        prepare: () -> Void = {},
        admit: (Article) -> Article = { $0 },
        groups process: @escaping @Sendable ([Article]) -> [Output],
        endOfBatch: (_ inputWaits: Bool) throws -> Void = { _ in },
        _ body: (consuming Output) throws -> Void
    ) throws -> Int {
        Interruption.install()
        let reader = ArticleReader(
            dateOverride: documentDate.flatMap { DocumentDate(parsing: $0) }, maxArticleBytes: maxArticleBytes.bytes)
        let progress = ProgressMeter.forInputs(paths, quiet: quiet)
        let pipeline = ArticlePipeline(reader: reader, paths: paths, jobs: jobs, progress: progress)
        let tally: InputTally
        do {
            tally = try pipeline.run(
                prepare: prepare, admit: admit, process: process, body: body, failure: { Diagnostics.report($0.description) },
                endOfBatch: endOfBatch)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        if tally.failed > 0 { Diagnostics.report(tally.description) }
        return tally.failed
    }

    /// Writes, for each article, the UTF-8 text `render` makes of it, in input order: on standard
    /// output, or into `output` through a temporary file renamed into place at the end (see
    /// `OutputFile`). Read from standard input, an article's text is written as soon as its batch
    /// is done (one input line in, its lines out, as Spark's `RDD.pipe` and Hadoop Streaming
    /// expect); read from files, in blocks of about `blockSize` bytes. Exits with status 1 when
    /// an input failed.
    func writeEachArticle(
        to output: String?, prepare: () -> Void = {}, admit: (Article) -> Article = { $0 },
        _ render: @escaping @Sendable (Article) -> [UInt8]
    ) throws {
        try writeEachArticle(to: output, prepare: prepare, admit: admit, groups: { $0.map(render) })
    }

    /// `writeEachArticle`, with `render` given groups of articles in input order (a text for
    /// each): see `ArticlePipeline.articlesPerGroup`.
    func writeEachArticle(
        to output: String?, prepare: () -> Void = {}, admit: (Article) -> Article = { $0 },
        groups render: @escaping @Sendable ([Article]) -> [[UInt8]]
    ) throws {
        Interruption.install()
        let file: OutputFile?
        do throws(OutputError) {
            file = try output.map { (path) throws(OutputError) in try OutputFile(path: path) }
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
        // Standard input is answered before the run waits for more of it; files are written in
        // large blocks, since a write per article (a system call, and a wake-up of the reader at
        // a pipe's other end) cost a sixth of `frise tag`'s time. Answered after each article,
        // lines from a pipe woke its reader for every article (Spark's `RDD.pipe` runs `frise
        // events - --jobs 1`): `events` on 10 MB from a pipe took 0.66 s to a pipe, 0.49 s to
        // /dev/null.
        let answersEachBatch = paths.contains("-")
        var pending: [UInt8] = []
        if !answersEachBatch { pending.reserveCapacity(Self.blockSize + Self.blockSize / 4) }
        func flush() throws {
            guard !pending.isEmpty else { return }
            try pending.withUnsafeBufferPointer { bytes in
                if let file { try Self.write(bytes, to: file) } else { try OutputWriter.write(bytes, to: nil) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        let failures = try forEachArticle(prepare: prepare, admit: admit, groups: render, endOfBatch: {
            if pending.count >= Self.blockSize || answersEachBatch && $0 { try flush() }
        }) { text in
            pending += text
        }
        try flush()
        if let file { try Self.write(nil, to: file) }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The output written at once when the input is files, not standard input.
    static let blockSize = 1 << 20

    /// `writeEachArticle` for a `render` that makes a String.
    func writeEachArticle(
        to output: String?, admit: (Article) -> Article = { $0 }, _ render: @escaping @Sendable (Article) -> String
    ) throws {
        try writeEachArticle(to: output, admit: admit) { Array(render($0).utf8) }
    }

    /// Appends `bytes` to `file`, or commits it when nil; a failure is reported and ends the run.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>?, to file: OutputFile) throws {
        do throws(OutputError) {
            if let bytes { try file.write(bytes) } else { try file.commit() }
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
    }
}

/// How many inputs a run read and how many failed.
struct InputTally: CustomStringConvertible {
    var succeeded = 0
    var failed = 0

    /// `3 of 10 inputs failed`.
    var description: String {
        let total = succeeded + failed
        return "\(failed) of \(total) input\(total == 1 ? "" : "s") failed"
    }
}

/// Writes user-facing messages to standard error, one line each, prefixed `frise: `.
///
/// Written with `write(2)`: a closed or full standard error loses the message, not the run.
enum Diagnostics {
    static func report(_ message: String) {
        ProgressLine.clear()
        var line = "frise: " + message + "\n"
        line.withUTF8 { bytes in _ = try? OutputWriter.writeAll(bytes, to: STDERR_FILENO) }
    }
}

extension ByteCount: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    /// The default as it would be typed: `50M`.
    public var defaultValueDescription: String {
        for (suffix, factor) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes % factor == 0 && bytes > 0 {
            return "\(bytes / factor)\(suffix)"
        }
        return String(bytes)
    }
}
