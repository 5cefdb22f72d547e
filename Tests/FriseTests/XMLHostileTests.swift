import Foundation
import Testing
@testable import Frise

/// Hostile XML at the library level: the scanners, the parser's limits and the TimeML reader.
/// `HostileInputCLITests` runs the same attacks through `frise validate`, measuring time and memory.
@Suite struct XMLHostileTests {
    static let validator = try! XMLValidator()

    /// Validates `xml`, returning the diagnostics and how long it took.
    static func validate(_ xml: String) -> (diagnostics: [XMLDiagnostic], elapsed: Swift.Duration) {
        var diagnostics: [XMLDiagnostic] = []
        let elapsed = ContinuousClock().measure {
            diagnostics = validator.validate(data: Data(xml.utf8), sourceName: "h.xml")
        }
        return (diagnostics, elapsed)
    }

    static let prolog = "<?xml version=\"1.0\"?>\n"

    @Test func thousandsOfAttributesAreRefusedBeforeLibxml2ComparesThem() {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let (diagnostics, elapsed) = Self.validate(Self.prolog + "<chronology \(attributes)/>\n")
        #expect(elapsed < .seconds(2))
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.first?.message.contains("more than 1000 attributes") == true)
    }

    @Test func markupThatOnlyLooksLikeAttributesIsNotCounted() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [ <!ATTLIST a b CDATA "x=y=z"> <!-- c=d e=f --> ]>
            <!-- g=h i=j -->
            <a b="k=l=m" c='n=o'><![CDATA[ p=q r=s ]]><?pi t=u v=w?></a>
            """
        #expect(MarkupScanner.crowdedStartTagLine(in: Data(xml.utf8), limit: 2) == nil)
        #expect(MarkupScanner.crowdedStartTagLine(in: Data((xml + "\n<b x='1' y=\"2\" z='3'/>").utf8), limit: 2) == 5)
    }

    @Test func hugeAttributeValueEndsInALineNumberedError() {
        let value = String(repeating: "a", count: 20 << 20)
        let (diagnostics, elapsed) = Self.validate(Self.prolog + "<chronology x=\"\(value)\"/>\n")
        #expect(elapsed < .seconds(5))
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains("AttValue length too long") == true)
    }

    @Test func deepNestingStopsAtLibxml2sLimit() {
        let xml = Self.prolog + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let (diagnostics, elapsed) = Self.validate(xml)
        #expect(elapsed < .seconds(2))
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.first?.message.contains("nested deeper than 256 levels") == true)
    }

    @Test func quadraticBlowupIsRefused() {
        let entity = String(repeating: "x", count: 50_000)
        let xml = Self.prolog + "<!DOCTYPE r [<!ENTITY a \"\(entity)\">]>\n<r>" + String(repeating: "&a;", count: 50_000) + "</r>"
        let (diagnostics, elapsed) = Self.validate(xml)
        #expect(elapsed < .milliseconds(500))
        #expect(diagnostics.map(\.line) == [2])
    }

    @Test func truncatedAndMalformedDocumentsAreLineNumbered() {
        let truncated = Self.prolog + "<chronology xmlns=\"urn:frise:chronology:1\" version=\"1\">\n  <documents>\n    <docu"
        #expect(Self.validate(truncated).diagnostics.first?.line == 4)
        let malformed = Self.prolog + "<chronology>\n<a></b>\n</chronology>\n"
        #expect(Self.validate(malformed).diagnostics.first?.line == 3)
        let garbage = String(decoding: (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
        #expect(Self.validate(garbage).diagnostics.first?.line ?? 0 >= 1)
    }

    @Test func timeMLArticlesRefuseEntitiesToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frise-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = [
            "lol.tml": "<!DOCTYPE TimeML [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<TimeML><TEXT>&b;</TEXT></TimeML>",
            "xxe.tml": "<!DOCTYPE TimeML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<TimeML><TEXT>&x;</TEXT></TimeML>",
            "deep.tml": "<TimeML>\n" + String(repeating: "<TEXT>", count: 10_000),
        ]
        for (name, text) in documents { try Data((Self.prolog + text).utf8).write(to: folder.appendingPathComponent(name)) }
        var errors: [ArticleReadError] = []
        ArticleReader().read(paths: [folder.path]) { if case .failure(let error) = $0 { errors.append(error) } }
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { if case .invalidTimeML = $0.reason { $0.line != nil } else { false } })
        #expect(errors.map(\.line) == [3, 2, 2])
    }

    /// The tricky markup of `markupThatOnlyLooksLikeAttributesIsNotCounted`, a crowded tag after
    /// it, cut in two at every byte and in pieces of one byte: the scanner reading the pieces
    /// finds what it finds in the whole, on the same line.
    @Test func theMarkupScanReadsPiecesCutAnywhere() {
        let quiet = """
            <?xml version="1.0"?>
            <!DOCTYPE a [ <!ATTLIST a b CDATA "x=y=z"> <!-- c=d ]> e=f --> <!ELEMENT c ANY> ]>
            <!-- g=h i=j --><!---->
            <a b="k=l=m" c='n=o'><![CDATA[ p=q ]] r=s ]]><?pi t=u v=w?><?q?></a><!-->
            <b x='1' y="2"/>
            """
        for (text, expected) in [(quiet, nil), (quiet + "<c\nx='1' y=\"2\" z='3'/>", 5)] {
            let bytes = Array(text.utf8)
            #expect(MarkupScanner.crowdedStartTagLine(in: Data(bytes), limit: 2) == expected)
            func scanned(_ pieces: [ArraySlice<UInt8>]) -> Int? {
                var scanner = MarkupScanner(limit: 2)
                for piece in pieces {
                    if let line = Array(piece).withUnsafeBufferPointer({ scanner.scan($0) }) { return line }
                }
                return nil
            }
            for cut in 0...bytes.count {
                #expect(scanned([bytes[..<cut], bytes[cut...]]) == expected, "cut at \(cut)")
            }
            #expect(scanned(bytes.indices.map { bytes[$0...$0] }) == expected)
        }
    }

    /// Writes `bytes` to a file of its own in `filesFolder`; returns its path.
    static func file(_ bytes: some Sequence<UInt8>, named name: String = "f.xml") throws -> String {
        let folder = filesFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The folder of the files `file` writes (some of several megabytes), removed with all it holds
    /// when the test process exits; they were left behind in the system's temporary folder.
    static let filesFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("frise-stream-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: XMLHostileTests.filesFolder) }
        return url
    }()

    /// A chronology's XML of some megabytes, with `events` events.
    static func chronologyXML(events: Int) throws -> String {
        let list = (0..<events).map { ExportFixtures.event(id: "seed-e\($0 + 1)", headline: "Titre \($0)") }
        return try XMLExporter().render(ExportFixtures.chronology(list))
    }

    /// A file is checked as it is read: larger than the bound a tree would need, it is checked all
    /// the same, with what a check of the whole text finds, and progress is told as it goes.
    @Test func filesAreCheckedAsTheyAreRead() throws {
        let xml = try Self.chronologyXML(events: 8000)
        #expect(xml.utf8.count > 3 * XMLValidator.pieceBytes)
        var told: [Int] = []
        let path = try Self.file(xml.utf8)
        #expect(Self.validator.validate(contentsOfFile: path, maxBytes: 1 << 10) { told.append($0) }.isEmpty)
        #expect(told.count >= 3 && told == told.sorted() && told.last == xml.utf8.count)
        // Schema errors, one near the start and one past the first pieces: the same as a tree's.
        let broken = xml.replacingOccurrences(of: "seed-e2\"", with: "seed-e2\" bad=\"1\"")
            .replacingOccurrences(of: "Titre 7999", with: "</headline><headline>Titre 7999")
        let whole = Self.validator.validate(data: Data(broken.utf8), sourceName: "f.xml")
        let streamed = Self.validator.validate(contentsOfFile: try Self.file(broken.utf8))
        #expect(whole.count == 2 && streamed.map(\.line) == whole.map(\.line))
        #expect(streamed.map(\.message) == whole.map(\.message))
    }

    /// A file wrong throughout: its first thousand problems, then where the check stopped.
    @Test func aCheckStopsAfterAThousandProblems() throws {
        let xml = try Self.chronologyXML(events: 3000).replacingOccurrences(of: "<headline>", with: "<headline bad=\"1\">")
        let diagnostics = Self.validator.validate(contentsOfFile: try Self.file(xml.utf8))
        #expect(diagnostics.count == XMLStreamCheck.maxSchemaProblems + 1)
        #expect(diagnostics.dropLast().allSatisfy { $0.message.contains("'bad'") })
        let last = try #require(diagnostics.last)
        #expect(last.message.contains("more than 1000 problems") && last.line >= diagnostics[999].line)
    }

    /// The guards hold where the first piece does not reach: an entity declared past a prolog of
    /// more than a piece, a crowded start tag longer than a piece, deep nesting (which libxml2's
    /// push parser does not bound without a tree) — each refused on its line, quickly.
    @Test func theGuardsHoldPastTheFirstPiece() throws {
        let padding = String(repeating: "<!-- " + String(repeating: "x", count: 70) + " -->\n", count: 20_000)
        let entity = Self.prolog + "<!DOCTYPE r [\n" + padding + "<!ENTITY a \"aaaa\">\n]>\n<r>&a;</r>\n"
        let crowded = Self.prolog + "<r>\n" + padding.replacingOccurrences(of: "<!--", with: "<c>").replacingOccurrences(of: "-->", with: "</c>")
            + "<c " + (0..<150_000).map { "a\($0)='x'" }.joined(separator: " ") + "/></r>\n"
        let deep = Self.prolog + "<r>" + String(repeating: "<a>", count: 400_000)
        for (text, line, words) in [
            (entity, 20_003, "declares the entity 'a'"), (crowded, 20_003, "more than 1000 attributes"),
            (deep, 2, "nested deeper than 256 levels"),
        ] {
            #expect(text.utf8.count > XMLValidator.pieceBytes)
            var diagnostics: [XMLDiagnostic] = []
            let elapsed = try ContinuousClock().measure {
                diagnostics = Self.validator.validate(contentsOfFile: try Self.file(text.utf8))
            }
            #expect(elapsed < .seconds(2))
            #expect(diagnostics.first?.line == line, "\(diagnostics.prefix(2))")
            #expect(diagnostics.first?.message.contains(words) == true, "\(diagnostics.prefix(2))")
        }
    }

    @Test func filesAreReadWithinABound() throws {
        // Endless input is read until its first malformation, at once.
        let endless = Self.validator.validate(contentsOfFile: "/dev/zero")
        #expect(endless.count == 1 && endless.first?.line == 1)
        // A UTF-16 file is read whole, as a tree: within the bound, or refused unread.
        let utf16 = try Self.chronologyXML(events: 20).replacingOccurrences(of: "UTF-8", with: "UTF-16")
        let path = try Self.file([0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] })
        #expect(Self.validator.validate(contentsOfFile: path).isEmpty)
        #expect(Self.validator.validate(contentsOfFile: path, maxBytes: 1 << 10).map(\.message)
            == ["the file is larger than 1 KiB; refused unread"])
        let missing = Self.validator.validate(contentsOfFile: "/nonexistent/c.xml")
        #expect(missing.map(\.description) == ["/nonexistent/c.xml:1: cannot be read: No such file or directory"])
    }
}
