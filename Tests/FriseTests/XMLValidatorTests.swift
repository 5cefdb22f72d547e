import Foundation
import Testing
@testable import Frise

@Suite struct XMLValidatorTests {
    static let bundled = try! XMLValidator()

    /// A valid chronology, one element per line so that tests can name lines.
    static let validLines = [
        #"<?xml version="1.0" encoding="UTF-8"?>"#,
        #"<chronology xmlns="urn:frise:chronology:1" version="1">"#,
        #"  <documents>"#,
        #"    <document id="a" source="a.txt" date="2023-02" referenceDay="2023-02-01"/>"#,
        #"  </documents>"#,
        #"  <events>"#,
        #"    <event id="a-e1" document="a" dated="false" type="call" cameo="041" class="OCCURRENCE">"#,
        #"      <trigger start="3" end="8">appel</trigger>"#,
        #"      <timexes/>"#,
        #"      <actors><actor>Nasser Bourita</actor></actors>"#,
        #"      <places/>"#,
        #"      <headline>un appel</headline>"#,
        #"      <sentence start="0" end="20">Un appel a eu lieu.</sentence>"#,
        #"    </event>"#,
        #"  </events>"#,
        #"</chronology>"#,
    ]

    static func data(_ lines: [String]) -> Data { Data(lines.joined(separator: "\n").utf8) }

    /// The 1-based line of the first line containing `marker`.
    static func line(of marker: String, in lines: [String]) -> Int {
        lines.firstIndex { $0.contains(marker) }! + 1
    }

    @Test func validDocumentPasses() {
        #expect(Self.bundled.validate(data: Self.data(Self.validLines), sourceName: "ok.xml") == [])
    }

    @Test func missingRequiredElementIsReportedOnItsLine() throws {
        let lines = Self.validLines.filter { !$0.contains("<headline>") }
        let diagnostics = Self.bundled.validate(data: Self.data(lines), sourceName: "broken.xml")
        let first = try #require(diagnostics.first)
        #expect(first.line == Self.line(of: "<sentence", in: lines))
        #expect(first.message.contains("headline"))
        #expect(first.description.hasPrefix("broken.xml:\(first.line): "))
    }

    /// `lines`, checked piece by piece as the exporter writes it, cut every `pieceBytes` bytes.
    static func checkedInPieces(_ lines: [String], pieceBytes: Int) throws -> [XMLDiagnostic] {
        let data = Self.data(lines)
        let check = try Self.bundled.streamCheck(sourceName: "piece.xml")
        for start in stride(from: 0, to: data.count, by: pieceBytes) {
            data[start..<min(start + pieceBytes, data.count)].withUnsafeBytes { check.feed($0) }
        }
        return check.finish()
    }

    /// A document checked piece by piece gets the problems the whole document gets, on the same
    /// lines, wherever the pieces are cut (one byte at a time too); but a reference to no key is
    /// known only where the keys' scope closes, and the elements before a malformation are
    /// checked before it is met.
    @Test(arguments: [1, 7, 4096])
    func documentCheckedInPiecesGetsTheSameDiagnostics(pieceBytes: Int) throws {
        let valid = Self.validLines
        #expect(try Self.checkedInPieces(valid, pieceBytes: pieceBytes) == [])
        for lines in [
            valid.filter { !$0.contains("<headline>") },
            valid.map { $0.replacingOccurrences(of: "type=\"call\"", with: "type=\"banquet\"") },
        ] {
            let whole = Self.bundled.validate(data: Self.data(lines), sourceName: "piece.xml")
            #expect(!whole.isEmpty)
            #expect(try Self.checkedInPieces(lines, pieceBytes: pieceBytes) == whole)
        }
        let dangling = valid.map { $0.replacingOccurrences(of: "document=\"a\" dated", with: "document=\"b\" dated") }
        let whole = Self.bundled.validate(data: Self.data(dangling), sourceName: "piece.xml")
        let streamed = try Self.checkedInPieces(dangling, pieceBytes: pieceBytes)
        #expect(streamed.map(\.message) == whole.map(\.message) && whole.count == 1)
        #expect(streamed.map(\.line) == [Self.line(of: "</chronology>", in: dangling)])
        let malformed = valid.map { $0.replacingOccurrences(of: "<places/>", with: "<places>") }
        let firstError = try #require(Self.bundled.validate(data: Self.data(malformed), sourceName: "piece.xml").first)
        #expect(try Self.checkedInPieces(malformed, pieceBytes: pieceBytes).contains(firstError))
    }

    @Test func wrongEnumerationValueIsReported() throws {
        let lines = Self.validLines.map { $0.replacingOccurrences(of: "type=\"call\"", with: "type=\"banquet\"") }
        let diagnostics = Self.bundled.validate(data: Self.data(lines), sourceName: "enum.xml")
        #expect(diagnostics.map(\.line).contains(Self.line(of: "banquet", in: lines)))
    }

    @Test func malformedDocumentIsReportedOnItsLine() throws {
        var lines = Self.validLines
        let broken = Self.line(of: "<places/>", in: lines)
        lines[broken - 1] = "      <places>"
        let diagnostics = Self.bundled.validate(data: Self.data(lines), sourceName: "bad.xml")
        let first = try #require(diagnostics.first)
        // libxml2 notices the mismatch at the closing tag of `event`.
        #expect(first.line == Self.line(of: "</event>", in: lines))
        #expect(first.message.contains("mismatch"))
    }

    @Test func emptyAndNonXMLInputsAreReported() {
        #expect(Self.bundled.validate(data: Data(), sourceName: "e.xml").map(\.line) == [1])
        #expect(!Self.bundled.validate(data: Data("date 2023-02 Le ministre".utf8), sourceName: "t.xml").isEmpty)
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz>&lol9;</lolz>
        """

    @Test func billionLaughsIsRefusedQuickly() throws {
        let clock = ContinuousClock()
        var diagnostics: [XMLDiagnostic] = []
        let elapsed = clock.measure {
            diagnostics = Self.bundled.validate(data: Data(Self.billionLaughs.utf8), sourceName: "lol.xml")
        }
        #expect(elapsed < .milliseconds(200))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains("entities") == true)
    }

    @Test func externalEntityIsRefused() throws {
        let xml = """
            <?xml version="1.0"?>
            <!-- a comment -->

            <!DOCTYPE chronology [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <chronology xmlns="urn:frise:chronology:1" version="1">&xxe;</chronology>
            """
        let diagnostics = Self.bundled.validate(data: Data(xml.utf8), sourceName: "xxe.xml")
        #expect(diagnostics.map(\.line) == [4])
        #expect(!diagnostics.contains { $0.message.contains("root:") })
    }

    @Test func quotedBracketCannotHideAnEntity() {
        let xml = #"<!DOCTYPE a [ <!ATTLIST a b CDATA "]>"> <!-- ]> --> <!ENTITY x "y"> ]><a>&x;</a>"#
        #expect(PrologScanner.entityDeclarationLine(in: Data(xml.utf8)) == 1)
        #expect(PrologScanner.entityDeclarationLine(in: Data(#"<!DOCTYPE a [ <!ELEMENT a ANY> ]><a/>"#.utf8)) == nil)
        #expect(PrologScanner.entityDeclarationLine(in: Data("<a>&lt;!ENTITY</a>".utf8)) == nil)
    }

    @Test func utf16EntityDeclarationIsRefused() {
        let text = Self.billionLaughs.replacingOccurrences(
            of: #"<?xml version="1.0"?>"#, with: #"<?xml version="1.0" encoding="UTF-16"?>"#)
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 {
            data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        let diagnostics = Self.bundled.validate(data: data, sourceName: "lol16.xml")
        #expect(diagnostics.map(\.line) == [2])
    }

    /// The parser-level guard, for encodings the prolog scan cannot read.
    @Test func parserRefusesEntityDeclarationsWithoutTheScan() {
        let collector = XMLErrorCollector(file: "lol.xml")
        let document = XMLDocumentParser.parse(Data(Self.billionLaughs.utf8), into: collector, scanProlog: false)
        #expect(document == nil)
        #expect(collector.diagnostics.count == 1)
        #expect(collector.diagnostics.first?.message.contains("'lol'") == true)
        #expect(collector.diagnostics.first?.line == 3)
    }

    @Test func externalDTDIsNotLoaded() {
        var lines = Self.validLines
        lines.insert(#"<!DOCTYPE chronology SYSTEM "file:///etc/passwd">"#, at: 1)
        #expect(Self.bundled.validate(data: Self.data(lines), sourceName: "dtd.xml") == [])
    }

    @Test func unreadableSchemaThrows() {
        #expect(throws: XMLError.self) {
            try XMLValidator(schemaURL: URL(fileURLWithPath: "/nonexistent/frise.xsd"))
        }
    }

    @Test func anotherSchemaCanBeUsed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("frise-test-\(UUID()).xsd")
        let schema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="note" type="xs:string"/>
            </xs:schema>
            """
        try Data(schema.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let validator = try XMLValidator(schemaURL: url)
        #expect(validator.validate(data: Data("<note>hi</note>".utf8), sourceName: "n.xml") == [])
        #expect(validator.validate(data: Self.data(Self.validLines), sourceName: "c.xml").count == 1)
    }

    @Test func oneValidatorServesConcurrentCallers() async {
        let data = Self.data(Self.validLines)
        let broken = Self.data(Self.validLines.filter { !$0.contains("<headline>") })
        let counts = await withTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask {
                    Self.bundled.validate(data: index.isMultiple(of: 2) ? data : broken, sourceName: "c").count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.filter { $0 == 0 }.count == 16)
    }
}
