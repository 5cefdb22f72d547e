import Testing
@testable import Frise

/// The JSON string reader checks UTF-8 as it reads (`UTF8Sequence`): it must accept exactly the
/// well-formed sequences, as Swift's own check does.
@Suite struct UTF8SequenceTests {
    /// The bytes the reader gives for a JSON string of `bytes` set among ASCII letters (so that
    /// the eight-byte steps run before and after them), nil when it refuses the string.
    private func read(_ bytes: [UInt8]) -> [UInt8]? {
        let line = Array("\"abcdefghij".utf8) + bytes + Array("klmnopqrstu\"".utf8)
        return line.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw)
            return reader.utf8().map { Array($0.dropFirst(10).dropLast(11)) }
        }
    }

    /// Every pair of bytes led by one outside ASCII, every triple led by E0–EF and every
    /// quadruple led by F0–FF (their last bytes at the edges of the continuation range): the
    /// reader takes those Swift finds well-formed, as they are, and refuses the others.
    @Test func takesExactlyTheWellFormedSequences() {
        let edges: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var cases: [[UInt8]] = []
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0)...0xFF {
                cases.append([lead, second])
                if lead >= 0xE0 && lead <= 0xEF { cases += edges.map { [lead, second, $0] } }
                if lead >= 0xF0 { cases += edges.map { [lead, second, $0, 0x80] } + edges.map { [lead, second, 0x80, $0] } }
            }
        }
        var wrong: [[UInt8]] = []
        for bytes in cases {
            let valid = String(validating: bytes, as: UTF8.self) != nil
            if read(bytes) != (valid ? bytes : nil) { wrong.append(bytes) }
        }
        #expect(cases.count > 100_000)
        #expect(wrong.count == 0, "first ones: \(wrong.prefix(5))")
    }

    /// French text, escapes and all, is read back as written; a sequence cut short by the
    /// closing quote, a stray continuation byte or an encoded surrogate is refused.
    @Test func readsTextAndRefusesBrokenSequences() {
        let text = "L’été à Jénine : « déjà », œuvre, 🎉\n\tfin"
        let json = Array("\"L’été à Jénine : « déjà », œuvre, 🎉\\n\\tfin\"".utf8)
        #expect(json.withUnsafeBytes { raw in var reader = JSONReader(bytes: raw); return reader.utf8() } == Array(text.utf8))
        for broken: [UInt8] in [[0xC3], [0xE2, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]] {
            let line = [UInt8(ascii: "\"")] + Array("déjà".utf8) + broken + [UInt8(ascii: "\"")]
            #expect(line.withUnsafeBytes { raw in var reader = JSONReader(bytes: raw); return reader.utf8() } == nil, "\(broken)")
        }
    }
}
