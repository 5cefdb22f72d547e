import Foundation
import Testing
@testable import Frise

/// JSON string literals and digits written straight into bytes.
@Suite struct JSONTextTests {
    @Test(arguments: [
        ("", #""""#),
        ("court", #""court""#),
        ("une ligne assez longue, sans rien à échapper", #""une ligne assez longue, sans rien à échapper""#),
        ("il a dit \"oui\" puis \\ fin", #""il a dit \"oui\" puis \\ fin""#),
        ("ligne 1\nligne 2\r\n\ttab", #""ligne 1\nligne 2\r\n\ttab""#),
        ("a\u{1}b\u{1F}c\u{0}", #""a\u0001b\u001fc\u0000""#),
        ("12345678\"", #""12345678\"""#),
    ])
    func stringsAreEscapedAsRFC8259Requires(text: String, literal: String) throws {
        #expect(JSONText.string(text) == literal)
        // What Foundation reads back is the text.
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    /// Long strings are scanned eight bytes at a time: an escape anywhere, in any word, is found.
    @Test func everyPositionOfALongStringIsEscaped() throws {
        for special in ["\"", "\\", "\n", "\u{1}", "é"] {
            for length in [7, 8, 9, 16, 17, 25] {
                for position in 0..<length {
                    var characters = Array(repeating: "x", count: length)
                    characters[position] = special
                    let text = characters.joined()
                    let decoded = try JSONSerialization.jsonObject(with: Data("[\(JSONText.string(text))]".utf8))
                    #expect(decoded as? [String] == [text], "\(length) \(position)")
                }
            }
        }
    }

    @Test func eightBytesAtOnceFindEveryByteThatNeedsAnEscape() {
        for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = special
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONText.needsEscape(word))
            }
        }
        for clean in ["abcdefgh", "  !#[]~\u{7F}", "éàçœ«»"] {
            let word = Array(clean.utf8.prefix(8)).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(!JSONText.needsEscape(word))
        }
    }

    @Test(arguments: [
        (0, 1, "0"), (7, 2, "07"), (2023, 4, "2023"), (12, 4, "0012"), (-5, 4, "-0005"), (123_456, 4, "123456"),
        (Int.max, 1, "9223372036854775807"), (Int.min, 1, "-9223372036854775808"), (5, 22, "0000000000000000000005"),
        (-42, 21, "-000000000000000000042"), (99_999_999, 1, "99999999"), (100_000_000, 1, "100000000"),
        (7, 8, "00000007"), (7, 9, "000000007"),
    ])
    func integersAreWrittenInDecimal(value: Int, width: Int, expected: String) {
        var out: [UInt8] = []
        DecimalDigits.append(value, width: width, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }
}
