import ArgumentParser
import Foundation
import Frise

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively); `-` reads standard input.")
    var paths: [String]

    @Option(name: .customLong("dct"), help: "Document date for every article (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM), overriding the date line.")
    var documentDate: String?

    func validate() throws {
        if let documentDate, DocumentDate(parsing: documentDate) == nil {
            throw ValidationError("--dct '\(documentDate)' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
        }
    }

    /// Reads every article, reporting failures on standard error; returns how many failed.
    func forEachArticle(_ body: (Article) throws -> Void) rethrows -> Int {
        var failures = 0
        let reader = ArticleReader(dateOverride: documentDate.flatMap { DocumentDate(parsing: $0) })
        try reader.read(paths: paths) { result in
            switch result {
            case .success(let article): try body(article)
            case .failure(let error):
                failures += 1
                Diagnostics.report(error.description)
            }
        }
        return failures
    }
}

/// Writes user-facing messages to standard error.
enum Diagnostics {
    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("frise: " + message + "\n").utf8))
    }
}

/// Writes the output to a file (through a temporary file renamed into place) or to standard output.
enum OutputWriter {
    static func write(_ text: String, to path: String?) throws {
        let data = Data(text.utf8)
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
