import ArgumentParser
import Foundation
import Frise

/// `frise tag`: the temporal expressions of each article.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "List the temporal expressions of each article with their resolved values.",
        discussion: """
            Prints one JSON object per expression: doc, start, end (Unicode-scalar offsets into \
            the body, end exclusive), text, type, value, granularity, certainty. With --format \
            timeml, writes each article as a TimeML document with inline TIMEX3 (validated \
            against the TimeML schema Frise ships): one article to standard output or -o FILE, \
            several into -o FOLDER as FOLDER/<id>.tml.

            Examples:
              frise tag seeds
              frise tag - --dct 2023-02-01 < article.txt
              frise tag corpus.jsonl --jobs 8 -o expressions.jsonl
              frise tag seeds --format timeml -o tagged/

            With `-`, JSON Lines on standard input give their lines on standard output as soon \
            as each is done: a stage for Spark's RDD.pipe or Hadoop Streaming.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, timeml
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or timeml.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let tagger = Tagger()
        if format == .timeml { return try writeTimeML(tagger: tagger) }
        try input.writeEachArticle(to: output) { (articles) -> [[UInt8]] in
            tagger.tag(articles).map { tagged in
                var out: [UInt8] = []
                out.reserveCapacity(tagged.expressions.count * 256)  // a line takes 200 to 250 bytes: no regrowth
                TagLine.write(document: tagged.article.id, expressions: tagged.expressions, to: &out)
                return out
            }
        }
    }

    /// One TimeML document per article: to standard output or a file for a single article,
    /// into a folder for several.
    private func writeTimeML(tagger: Tagger) throws {
        let exporter = TimeMLExporter()
        var isFolder: ObjCBool = false
        let folder = output.flatMap {
            $0.hasSuffix("/") || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue)
                ? $0 : nil
        }
        if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var single: String?
        var count = 0
        var unwritable = 0
        let failures = try input.forEachArticle({ article -> (id: String, document: String?, error: String?) in
            do { return (article.id, try exporter.render(tagger.tag(article)), nil) } catch {
                return (article.id, nil, "\(article.source): \(error)")
            }
        }) { id, rendered, error in
            guard let document = rendered else {
                // One article that cannot be written does not stop the others.
                Diagnostics.report(error ?? "cannot write TimeML for \(id)")
                unwritable += 1
                return
            }
            count += 1
            if let folder {
                try OutputWriter.write(document, to: (folder as NSString).appendingPathComponent(id + ".tml"))
            } else if count == 1 {
                single = document
            } else {
                throw ValidationError("several articles give several TimeML documents: write them into a folder with -o FOLDER/")
            }
        }
        if folder == nil, let single { try OutputWriter.write(single, to: output) }
        if failures + unwritable > 0 { throw ExitCode(1) }
    }
}
