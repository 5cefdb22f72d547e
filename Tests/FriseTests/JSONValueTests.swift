import Foundation
import Testing
@testable import Frise

/// `JSONValue` reads what `JSONSerialization` reads, as it reads it: checked side by side on
/// edge cases, on event lines and on damaged copies of them.
@Suite struct JSONValueTests {
    /// A canonical text of a value (object keys sorted, the last of repeated keys), or nil.
    static func canonical(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "s" + text.debugDescription
        case .number(let number): "n\(number)"
        case .bool(let flag): "b\(flag)"
        case .null: "null"
        case .array(let items): "[" + items.map(canonical).joined(separator: ",") + "]"
        case .object:
            "{" + value.members.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription):\(canonical($0.value))" }
                .joined(separator: ",") + "}"
        }
    }

    /// The same canonical text of what `JSONSerialization` gives.
    static func canonical(foundation value: Any) -> String {
        switch value {
        case let text as String: return "s" + text.debugDescription
        case is NSNull: return "null"
        case let items as [Any]: return "[" + items.map { canonical(foundation: $0) }.joined(separator: ",") + "]"
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\($0.debugDescription):\(canonical(foundation: object[$0]!))" }
                .joined(separator: ",") + "}"
        case let number as NSNumber:
            return String(describing: type(of: number)).contains("Boolean") ? "b\(number.boolValue)" : "n\(number.doubleValue)"
        default: return "?"
        }
    }

    static func compare(_ bytes: [UInt8]) -> (ours: String?, foundation: String?) {
        let ours = bytes.withUnsafeBytes(JSONValue.parse).map(canonical)
        let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes))).map { canonical(foundation: $0) }
        return (ours, foundation)
    }

    static let edgeCases = [
        #"{"a":true,"b":false,"c":null,"d":1,"e":-0,"f":1.5e3,"g":1E+2,"h":[],"i":{}}"#, #"{"a":"x","a":"y"}"#,
        #"{"a":"\ud800"}"#, #"{"a":"\udc00x"}"#, #"{"a":"\uD83D\uDE00"}"#, #"{"a":"\u00e9\/\b\f\n\r\t\"\\"}"#,
        #"{"a":01}"#, #"{"a":1.}"#, #"{"a":.5}"#, #"{"a":+1}"#, #"{"a":1e400}"#, #"{"a":-1e400}"#, #"{"a":1e-400}"#,
        #"{"a":123456789012345678901234567890}"#, #"{"a":9007199254740993}"#, #"{"a":-}"#, #"{"a":NaN}"#,
        "5", "\"x\"", "null", "[1]", "[1,]", "[1 ,]", "[,]", "[1,,2]", "{\"a\":1,}", "{\"a\":1 , }", "{,}",
        "{\"a\":1,,}", "[1 2]", "{\"a\" 1}", "{a:1}", "{'a':1}", "[0x10]", "\u{FEFF}{}", " \t\r\n{} \n", "{}x",
        "{\"a\":1}\u{0}", "[\"a\tb\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]", "[\"\\u0000\"]", "", " ", "{",
        "[", "{\"a\"", "{\"a\":", "{\"\":1}", "[[[]]]", "[true,false,null]", "[tru]", "[nul]", "[-0.0e-0]",
        // Integers, read from their digits up to fifteen, through `strtod` past them.
        "[0,-0,7,-7,10,999999999999999,-999999999999999,1000000000000000,-1234567890123456]", "[007]", "[-01]",
    ]

    @Test func edgeCasesReadAsFoundationReadsThem() {
        for text in Self.edgeCases {
            let (ours, foundation) = Self.compare(Array(text.utf8))
            #expect(ours == foundation, "\(text.debugDescription)")
        }
        for bytes: [UInt8] in [[0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D], [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],
                               [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D],
                               [0x5B, 0x22, 0xE2, 0x82, 0x22, 0x5D], [0x5B, 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22, 0x5D]] {
            let (ours, foundation) = Self.compare(bytes)
            #expect(ours == foundation, "\(bytes)")
        }
    }

    /// The UTF-8 check accepts what the standard library's does: every two-byte sequence, the
    /// three-byte ones around the surrogates and the overlong forms, the four-byte edges, each
    /// alone and after eight ASCII bytes.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var sequences: [[UInt8]] = []
        for first in 0...255 { for second in 0...255 { sequences.append([UInt8(first), UInt8(second)]) } }
        for lead: UInt8 in [0xE0, 0xE1, 0xED, 0xEF] {
            for second in 0...255 { for third: UInt8 in [0x7F, 0x80, 0xBF, 0xC0] { sequences.append([lead, UInt8(second), third]) } }
        }
        for lead: UInt8 in [0xF0, 0xF1, 0xF4, 0xF5] {
            for second in 0...255 { sequences.append([lead, UInt8(second), 0x80, 0x80]) }
        }
        for sequence in sequences {
            for bytes in [sequence, Array("12345678".utf8) + sequence + [0x41]] {
                let ours = bytes.withUnsafeBytes { String(validUTF8: $0) }
                #expect(ours == String(validating: bytes, as: UTF8.self), "\(bytes)")
            }
        }
    }

    /// Objects and arrays nest at most `JSONNesting.limit` deep: deeper fails before the
    /// recursion can exhaust the stack, and the event line reader says why.
    @Test func nestingIsLimited() {
        func nested(_ depth: Int, tail: String = "") -> [UInt8] {
            Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + tail).utf8)
        }
        #expect(nested(JSONNesting.limit).withUnsafeBytes(JSONValue.parse) != nil)
        #expect(nested(JSONNesting.limit + 1).withUnsafeBytes(JSONValue.parse) == nil)
        #expect(nested(100_000).withUnsafeBytes(JSONValue.parse) == nil)
        func problem(_ bytes: [UInt8]) -> String? {
            do throws(EventLineReader.Problem) {
                _ = try EventLineReader.record(from: Data(bytes), source: "s")
                return nil
            } catch {
                return error.message
            }
        }
        #expect(problem(nested(100_000)) == "JSON nested too deep")
        #expect(problem(nested(JSONNesting.limit + 1, tail: "x")) == "JSON nested too deep")
        #expect(problem(nested(3, tail: "x")) == "invalid JSON")
        #expect(problem(nested(3)) == "not a JSON object")
    }

    /// Event lines of the seed article, whole and damaged: truncated, or a byte changed.
    @Test func eventLinesWholeAndDamagedReadAsFoundationReadsThem() throws {
        let tagged = try SeedArticle.tagged()
        let document = ChronologyBuilder.document(of: tagged)
        let lines = EventExtractor().events(in: tagged).map { EventLine(event: $0, document: document).json }
        #expect(lines.count > 3)
        let replacements: [UInt8] = [0x22, 0x5C, 0x2C, 0x7D, 0x5D, 0x00, 0xFF, 0xC3, 0x20, 0x30, 0x2D]
        for line in lines {
            let bytes = Array(line.utf8)
            let (ours, foundation) = Self.compare(bytes)
            #expect(ours != nil && ours == foundation)
            // Every seventh position: the line cut there, and the byte there replaced.
            for position in stride(from: 0, to: bytes.count, by: 7) {
                var damaged = [Array(bytes[..<position])]
                var changed = bytes
                changed[position] = replacements[position % replacements.count]
                damaged.append(changed)
                for bytes in damaged {
                    let (ours, foundation) = Self.compare(bytes)
                    #expect(ours == foundation, "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
    }
}
