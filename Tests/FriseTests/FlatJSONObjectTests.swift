import Foundation
import Testing
@testable import Frise

/// The fast reader of JSON Lines articles gives what Foundation gives, or leaves the line to it.
@Suite struct FlatJSONObjectTests {
    static func flat(_ line: String) -> ArticleFields? {
        Array(line.utf8).withUnsafeBytes(FlatJSONObject.parse)
    }

    static func foundation(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    @Test(arguments: [
        #"{"id":"a1","date":"2023-02","text":"Le ministre est arrivé lundi."}"#,
        #"  { "text" : "Guillemets \" et barre \\ et \/", "date" : "2023-02-06" }  "#,
        #"{"text":"ligne 1\nligne 2\r\n\ttabulée\b\f","date":null}"#,
        #"{"text":"","date":"2023"}"#,
        #"{}"#,
        #"{"title":"Été à Besançon — « citation »","text":"😀 emoji"}"#,
        #"{"text":"un texte long \"cité\" en \\ plusieurs \"morceaux\" de plus de huit octets"}"#,
        #"{"text":"Premier doubl\u00e9 de la \u00abScuderia\u00bb \ud83d\ude00"}"#,  // as Python writes it
    ])
    func flatObjectsReadAsFoundationReadsThem(line: String) throws {
        let fast = try #require(Self.flat(line))
        let reference = try #require(Self.foundation(line))
        #expect(Set(reference.keys).isSubset(of: FlatJSONObject.articleKeys))
        for key in FlatJSONObject.articleKeys { #expect(fast[key] == FieldValue(foundation: reference[key]), "\(key)") }
    }

    /// Other keys may hold any JSON value: checked, then left out; the article keys are read as
    /// Foundation reads them.
    @Test(arguments: [
        #"{"text":"a","meta":{"x":"y","n":[1,2.5,-3e2,true,false,null]},"views":1200}"#,
        #"{"tags":["b","\u00e9"],"text":"é","date":"2023-02-06","score":-0.5}"#,
        #"{"flag":true}"#,
    ])
    func otherKeysHoldAnyValue(line: String) throws {
        let fast = try #require(Self.flat(line))
        let reference = try #require(Self.foundation(line))
        for key in FlatJSONObject.articleKeys { #expect(fast[key] == FieldValue(foundation: reference[key]), "\(key)") }
        #expect(fast["meta"] == .absent && fast["flag"] == .absent)
    }

    /// Foundation's values as the article reader tells them apart: an integer id is one, a
    /// boolean or a fraction is not.
    @Test func foundationValuesAreToldApart() throws {
        let object = try #require(Self.foundation(#"{"a":12,"b":true,"c":2.5,"d":null,"e":"x","f":[1],"g":-3e2}"#))
        #expect(FieldValue(foundation: object["a"]) == .integer(12))
        #expect(FieldValue(foundation: object["b"]) == .other)
        #expect(FieldValue(foundation: object["c"]) == .other)
        #expect(FieldValue(foundation: object["d"]) == .null)
        #expect(FieldValue(foundation: object["e"]) == .string(Array("x".utf8)))
        #expect(FieldValue(foundation: object["f"]) == .other)
        #expect(FieldValue(foundation: object["g"]) == .integer(-300))
        #expect(FieldValue(foundation: object["absent"]) == .absent)
    }

    /// The object counts as a level: what it holds nests at most `JSONNesting.limit - 1` deeper.
    @Test func otherKeysNestWithinTheLimit() {
        func line(_ depth: Int) -> String {
            #"{"text":"a","x":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        }
        #expect(Self.flat(line(JSONNesting.limit - 1)) != nil)
        #expect(Self.flat(line(JSONNesting.limit)) == nil)
        #expect(JSONNesting.offsetPastLimit(in: Data(line(JSONNesting.limit).utf8)) != nil)
    }

    @Test(arguments: [
        #"{"id":12,"text":"un nombre"}"#,  // an article key with a number is left to Foundation
        #"{"text":["a"]}"#,
        #"{"text":"a","meta":{"x":}}"#,  // invalid JSON in another key
        #"{"text":"a","text":"b"}"#,  // duplicate key
        #"{"text":"\ud800"}"#,  // a lone surrogate
        #"{"text":"a\qb"}"#,  // invalid escape
        "{\"text\":\"raw\u{01}control\"}",
        #"{"text":"a"} trailing"#,
        #"{"text":"a",}"#,
        #"{"text":"unterminated}"#,
        #"["text"]"#,
    ])
    func anythingElseIsLeftToFoundation(line: String) {
        #expect(Self.flat(line) == nil)
    }

    /// Bytes that are not UTF-8, in a short or a long string, leave the line to the caller, which
    /// reports them.
    @Test func bytesThatAreNotUTF8AreLeftToTheCaller() {
        for text: [UInt8] in [[0xFF], [0xC3], Array("un texte assez long pour huit octets ".utf8) + [0xE9, 0x20, 0x61]] {
            let line = Array(#"{"text":""#.utf8) + text + Array(#"","date":"2023"}"#.utf8)
            #expect(line.withUnsafeBytes(FlatJSONObject.parse) == nil)
        }
    }
}
