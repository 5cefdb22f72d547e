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
        #expect(diagnostics.first?.message.contains("Excessive depth") == true)
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

    @Test func filesAreReadWithinABound() {
        let endless = Self.validator.validate(contentsOfFile: "/dev/zero", maxBytes: 1 << 20)
        #expect(endless.map(\.description) == ["/dev/zero:1: the file is larger than 1 MiB; refused unread"])
        let missing = Self.validator.validate(contentsOfFile: "/nonexistent/c.xml")
        #expect(missing.map(\.description) == ["/nonexistent/c.xml:1: cannot be read: No such file or directory"])
    }
}
