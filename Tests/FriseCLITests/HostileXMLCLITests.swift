import Foundation
import Testing

/// Hostile XML through `frise validate`: each attack ends in a clear, line-numbered error
/// within 5 s and 300 MB, and nothing is fetched from the network or the file system.
@Suite struct HostileXMLCLITests {
    static let prolog = "<?xml version=\"1.0\"?>\n"
    static let chronologyStart = #"<chronology xmlns="urn:frise:chronology:1" version="1">"#

    /// One hostile document: its name, its text and the line and words its first error must have.
    struct Attack: CustomTestStringConvertible, Sendable {
        var name: String
        var text: @Sendable () -> String
        var line: Int
        var words: String
        var testDescription: String { name }
    }

    static let attacks: [Attack] = [
        Attack(name: "billion laughs", text: {
            let levels = (1...9).map { level in
                "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
            }
            return prolog + "<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n" + levels.joined(separator: "\n") + "\n]>\n<lolz>&lol9;</lolz>\n"
        }, line: 2, words: "declares entities"),
        Attack(name: "quadratic blow-up", text: {
            prolog + "<!DOCTYPE r [<!ENTITY a \"" + String(repeating: "x", count: 100_000) + "\">]>\n<r>"
                + String(repeating: "&a;", count: 100_000) + "</r>\n"
        }, line: 2, words: "declares entities"),
        Attack(name: "external entity (file)", text: {
            prolog + "\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n"
        }, line: 3, words: "declares entities"),
        Attack(name: "external parameter entity (file)", text: {
            prolog + "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n<r/>\n"
        }, line: 2, words: "declares entities"),
        Attack(name: "huge attribute", text: {
            prolog + "<chronology x=\"" + String(repeating: "a", count: 20 << 20) + "\"/>\n"
        }, line: 2, words: "runs on past 10,000,000 bytes"),
        Attack(name: "200 000 attributes", text: {
            prolog + "<chronology " + (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ") + "/>\n"
        }, line: 2, words: "more than 1000 attributes"),
        Attack(name: "100 000 nested elements", text: {
            prolog + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "\n"
        }, line: 2, words: "nested deeper than 256 levels"),
        Attack(name: "truncated", text: {
            prolog + chronologyStart + "\n  <documents>\n    <document id=\"a\" sou"
        }, line: 4, words: "Specification mandates value for attribute sou"),
        Attack(name: "malformed", text: {
            prolog + chronologyStart + "\n  <documents>\n  </events>\n</chronology>\n"
        }, line: 4, words: "mismatch"),
        Attack(name: "empty", text: { "" }, line: 1, words: "empty"),
    ]

    @Test(arguments: attacks)
    func attackEndsInALineNumberedErrorWithinBounds(attack: Attack) throws {
        let scratch = try HostileScratch()
        let file = try scratch.write("attack.xml", attack.text())
        let result = try ChildProcess.run(["validate", file])
        #expect(result.status == 1)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("frise: \(file):\(attack.line): "), "\(result.stderr.prefix(500))")
        #expect(first.contains(attack.words), "\(first.prefix(300))")
        #expect(result.elapsed < .seconds(5))
        #expect(result.peakMemory < 300 << 20, "\(result.peakMemory >> 20) MB")
    }

    /// Every way a document can name a URL: none of them is fetched.
    @Test func networkIsNeverContacted() throws {
        let listener = try LocalListener()
        let url = "http://127.0.0.1:\(listener.port)"
        let scratch = try HostileScratch()
        let refused = [
            "entity.xml": Self.prolog + "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(url)/x\">]>\n<r>&x;</r>\n",
            "parameter.xml": Self.prolog + "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(url)/p.dtd\"> %p;]>\n<r/>\n",
            "xinclude.xml": Self.prolog + Self.chronologyStart.dropLast()
                + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(url)/i.xml\"/></chronology>\n",
        ]
        for (name, text) in refused {
            let result = try ChildProcess.run(["validate", try scratch.write(name, text)])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.contains("\(name):2: "), "\(result.stderr)")
        }
        // An external DTD and a schema location are ignored: the document is judged on Frise's schema alone.
        let ignored = [
            "dtd.xml": Self.prolog + "<!DOCTYPE chronology SYSTEM \"\(url)/c.dtd\">\n" + Self.chronologyStart + "<documents/><events/></chronology>\n",
            "location.xml": Self.prolog + Self.chronologyStart.dropLast() + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"urn:frise:chronology:1 \(url)/c.xsd\"><documents/><events/></chronology>\n",
        ]
        for (name, text) in ignored {
            let result = try ChildProcess.run(["validate", try scratch.write(name, text)])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.elapsed < .seconds(5))
        }
        #expect(!listener.wasContacted)
    }

    /// A local DTD that would fail to parse if libxml2 read it: the document stays valid, so it was not read.
    @Test func externalDTDFileIsNeverRead() throws {
        let scratch = try HostileScratch()
        let dtd = try scratch.write("broken.dtd", "<!ELEMENT broken (\n<!ATTLIST chronology extra CDATA #FIXED \"x\">\n")
        for system in [dtd, "file://" + dtd] {
            let text = Self.prolog + "<!DOCTYPE chronology SYSTEM \"\(system)\">\n" + Self.chronologyStart + "<documents/><events/></chronology>\n"
            let result = try ChildProcess.run(["validate", try scratch.write("c.xml", text)])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }
}
