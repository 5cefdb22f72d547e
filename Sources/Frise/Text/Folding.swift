/// Normalises text once before matching: lower case, accents off, one apostrophe.
///
/// Tables are keyed by folded forms, so rules never spell `d(é|e)but`:
/// "Février", "FEVRIER" and "février" all fold to "fevrier".
public enum Folding {
    /// The folded form of a word: ASCII lower case with Latin diacritics removed.
    public static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars { appendUTF8(scalar, to: &out) }
        return String(wellFormed: out.span)
    }

    /// The words of ASCII bytes, runs of the bytes `isWordByte` accepts, joined by one space.
    static func joinedWords(ofASCII bytes: some Collection<UInt8>, isWordByte: (UInt8) -> Bool) -> String {
        var words: [UInt8] = [], gap = false
        words.reserveCapacity(bytes.count)
        for byte in bytes {
            guard isWordByte(byte) else {
                gap = true
                continue
            }
            if gap && !words.isEmpty { words.append(UInt8(ascii: " ")) }
            gap = false
            words.append(byte)
        }
        return String(decoding: words, as: UTF8.self)
    }

    /// Decodes the scalar at a byte index of UTF-8; invalid bytes decode to U+FFFD, one byte long.
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)
    where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.endIndex else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Appends the UTF-8 of the folded form of one scalar.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if let (first, second) = asciiFold(scalar) {
            out.append(first)
            if second != 0 { out.append(second) }
        } else {
            out += scalar.properties.lowercaseMapping.utf8
        }
    }

    /// Writes the UTF-8 of the folded form of one scalar at `out`; returns how many bytes.
    /// At most one and a half times the scalar's own UTF-8 (U+0130 İ, two bytes, folds to three),
    /// so `foldedCapacity(ofUTF8:)` bytes hold the folded forms of any text.
    @inline(__always)
    static func write(_ scalar: Unicode.Scalar, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if let (first, second) = asciiFold(scalar) {
            out[0] = first
            guard second != 0 else { return 1 }
            out[1] = second
            return 2
        }
        var count = 0
        for byte in scalar.properties.lowercaseMapping.utf8 {
            out[count] = byte
            count += 1
        }
        return count
    }

    /// Room for the folded forms of a text of `count` bytes of UTF-8 (see `write(_:to:)`).
    static func foldedCapacity(ofUTF8 count: Int) -> Int { count + count / 2 + 4 }

    /// The folded form of a scalar when it is one or two ASCII bytes (the second 0 when one),
    /// else nil: ASCII letters lower-cased, apostrophes as `'`, the Latin letters of `latin`.
    /// What `appendUTF8(_:to:)` appends, for callers that fold into a buffer of their own.
    @inline(__always)
    static func asciiFold(_ scalar: Unicode.Scalar) -> (UInt8, UInt8)? {
        let v = scalar.value
        if v < 0x80 { return (v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v), 0) }
        if v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x00B4 { return (UInt8(ascii: "'"), 0) }
        if v >= 0xC0 && v <= 0xFF { return latin1Fold(continuation: UInt8(0x80 | v & 0x3F)) }
        switch v {
        case 0x152, 0x153: return (UInt8(ascii: "o"), UInt8(ascii: "e"))  // Œ œ
        case 0x178: return (UInt8(ascii: "y"), 0)  // Ÿ
        default: return nil
        }
    }

    /// The folded form of the scalar of U+00C0–U+00FF whose UTF-8 is C3 then `continuation`, as
    /// `asciiFold` gives it; nil for one with none (Ð × Þ ð ÷ þ) or a byte that continues none.
    /// Read from a literal, in place: no table to build, nor to reach through a lazy global.
    @inline(__always)
    static func latin1Fold(continuation: UInt8) -> (UInt8, UInt8)? {
        guard continuation & 0xC0 == 0x80 else { return nil }
        let pair = latin1Folds.utf8Start + 2 * Int(continuation & 0x3F)
        guard pair[0] != UInt8(ascii: "_") else { return nil }
        return (pair[0], pair[1] == UInt8(ascii: "_") ? 0 : pair[1])
    }

    /// The folded forms of U+00C0 À to U+00FF ÿ as `latin` gives them, two bytes each: `_` for
    /// none (the second of a one-letter form; the first where `latin` has no entry: Ð × Þ ð ÷ þ).
    /// `latinFoldsAreLatin` checks it against `latin`.
    static var latin1Folds: StaticString {
        "a_a_a_a_a_a_aec_e_e_e_e_i_i_i_i___n_o_o_o_o_o___o_u_u_u_u_y___ssa_a_a_a_a_a_aec_e_e_e_e_i_i_i_i___n_o_o_o_o_o___o_u_u_u_u_y___y_"
    }

    /// Latin letters with diacritics and ligatures, both cases, to their ASCII base.
    static let latin: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"),
            ("ñÑ", "n"), ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"),
            ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
