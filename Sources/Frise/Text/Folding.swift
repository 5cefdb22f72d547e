/// Normalises text once before matching: lower case, accents off, one apostrophe.
///
/// Tables are keyed by folded forms, so rules never spell `d(é|e)but`:
/// "Février", "FEVRIER" and "février" all fold to "fevrier".
public enum Folding {
    /// The folded form of a word: ASCII lower case with Latin diacritics removed.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// Appends the folded form of one scalar.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        if let folded = latin[v] {
            out.append(contentsOf: folded.unicodeScalars)
            return
        }
        if v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x00B4 {
            out.append("'")
            return
        }
        out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }

    /// Appends the UTF-8 of the folded form of one scalar.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
        } else if let folded = latinUTF8[v] {
            out += folded
        } else if v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x00B4 {
            out.append(UInt8(ascii: "'"))
        } else {
            out += scalar.properties.lowercaseMapping.utf8
        }
    }

    static let latinUTF8: [UInt32: [UInt8]] = latin.mapValues { Array($0.utf8) }

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
