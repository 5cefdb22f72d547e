import ArgumentParser
import Foundation
import Frise

/// `frise validate`: checks XML files against Frise's schema (or another).
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XML files against Frise's chronology schema.",
        discussion: """
            Parses without network access, entity expansion or DTD loading, and refuses \
            documents whose DOCTYPE declares entities. A file is checked as it is read, not \
            held whole in memory (but a UTF-16 one, read whole, up to 256 MiB), and its check \
            stops at the first malformation or after 1000 problems. Prints line-numbered \
            errors and exits with status 1 when a file is invalid. On a terminal, long checks \
            show their progress.

            Examples:
              frise validate chronology.xml
              frise validate other.xml --schema other.xsd
              frise timeline articles.jsonl --format xml | frise validate -
            """)

    @Argument(help: "XML files to check; `-` reads standard input.")
    var files: [String]

    @Option(help: "An XSD to validate against instead of Frise's own.")
    var schema: String?

    func run() throws {
        let validator = try XMLValidator(schemaURL: schema.map { URL(fileURLWithPath: $0) })
        let progress = ProgressMeter.forInputs(files, quiet: false)
        var invalid = 0, before = 0
        for file in files {
            var read = 0
            let told = { (bytes: Int) in
                read = bytes
                progress.reached(bytes: before + read)
            }
            let diagnostics = file == "-"
                ? validator.validate(descriptor: STDIN_FILENO, sourceName: file, progress: told)
                : validator.validate(contentsOfFile: file, progress: told)
            before += read
            progress.finish()
            if diagnostics.isEmpty {
                print("\(file): valid")
            } else {
                invalid += 1
                for diagnostic in diagnostics { Diagnostics.report(diagnostic.description) }
            }
        }
        if invalid > 0 { throw ExitCode(1) }
    }
}
