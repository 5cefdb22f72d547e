import Testing
@testable import Frise

/// HTML escaping works on UTF-8 bytes; it must give what escaping scalar by scalar gives.
@Suite struct HTMLTextTests {
    /// The escape, scalar by scalar: markup characters as entities, controls HTML forbids
    /// (C0 other than tab, LF and CR; DEL; C1) dropped.
    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test(arguments: [
        "", "texte simple", "<b>\"Tom & Jerry\"</b> l'été", "a\u{0}b\u{1F}c\u{7F}d\u{80}e\u{9F}f\u{A0}g",
        "tab\tlf\ncr\r\ncrlf", "é\u{301} 😀 « » — ’ \u{C2}\u{85}", "\u{0085}\u{009F}\u{00A0}\u{00C2}",
        String(repeating: "<&> ", count: 50),
    ])
    func escapingBytesEqualsEscapingScalars(text: String) {
        #expect(HTMLText.escape(text) == Self.reference(text))
    }

    @Test(arguments: ["seed-e1", "a b/c.d", "été-2023_x", "😀x", "e\u{301}", "", "--__"])
    func anchorsKeepLettersDigitsHyphensAndUnderscores(id: String) {
        let reference = "ev-" + String(String.UnicodeScalarView(id.unicodeScalars.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
                ? $0 : "_"
        }))
        #expect(HTMLText.anchor("ev-", id) == reference)
    }
}
