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

/// Lines written through a cursor into room made beforehand: the same bytes as piece by piece.
@Suite struct ByteCursorTests {
    /// Every escape, at every position of strings shorter and longer than a word, and the
    /// bound the room is made from holds.
    @Test func jsonStringsAreEscapedWithinTheirBound() throws {
        for special in ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "é", "’"] {
            for length in 1...17 {
                for position in 0..<length {
                    var characters = Array(repeating: "x", count: length)
                    characters[position] = special
                    let text = characters.joined()
                    var out: [UInt8] = []
                    out.write(atMost: ByteCursor.jsonStringBound(text.utf8.count)) { $0.jsonString(text) }
                    let decoded = try JSONSerialization.jsonObject(with: Data("[".utf8 + out + "]".utf8))
                    #expect(decoded as? [String] == [text], "\(length) \(position)")
                }
            }
        }
        let worst = String(repeating: "\u{1}", count: 9)
        var out: [UInt8] = []
        out.write(atMost: ByteCursor.jsonStringBound(worst.utf8.count)) { $0.jsonString(worst) }
        #expect(out.count == ByteCursor.jsonStringBound(worst.utf8.count))
    }

    @Test(arguments: [0, 7, -7, 99_999_999, 100_000_000, -100_000_000, Int.max, Int.min])
    func decimalsAreTheirDescription(value: Int) {
        var out: [UInt8] = [UInt8(ascii: "<")]
        out.write(atMost: 21) { $0.decimal(value) }
        #expect(String(decoding: out, as: UTF8.self) == "<\(value)")
    }

    @Test(arguments: [
        ((0, 1, 1), "0000-01-01"), ((999, 12, 31), "0999-12-31"), ((2023, 2, 8), "2023-02-08"),
        ((9999, 12, 31), "9999-12-31"), ((10_000, 1, 1), "10000-01-01"), ((-44, 3, 15), "-0044-03-15"),
    ])
    func daysAreWrittenInISOForm(date: (Int, Int, Int), iso: String) throws {
        let calendarDay = try #require(CalendarDay(year: date.0, month: date.1, day: date.2))
        var out: [UInt8] = []
        out.write(atMost: 26) { $0.iso(calendarDay) }
        #expect(String(decoding: out, as: UTF8.self) == iso)
        #expect(calendarDay.description == iso)
    }
}
