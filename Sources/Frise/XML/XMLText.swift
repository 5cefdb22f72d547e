/// Keeps text within what an XML 1.0 document may contain.
///
/// xmlTextWriter escapes `<`, `&` and quotes, but writes forbidden characters
/// (most C0 controls, U+FFFE, U+FFFF) as they are, which makes the output not
/// well-formed. Every string Frise writes into XML goes through `sanitized(_:)`.
enum XMLText {
    /// Whether the XML 1.0 `Char` production allows the scalar:
    /// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether the UTF-8 of `text` has a byte below 0x20 or an 0xEF.
    static func mayHoldForbidden(_ text: String) -> Bool {
        text.withUTF8Bytes { ByteScan.firstIndex(in: $0, below: 0x20, oneOf: 0xEF) != nil }
    }

    /// The text without the characters XML 1.0 forbids (they are dropped).
    static func sanitized(_ text: String) -> String {
        // Fast path: a forbidden scalar always has a byte below 0x20 or the
        // UTF-8 prefix of U+FFFE/U+FFFF (EF BF); most text has neither.
        guard mayHoldForbidden(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(scalars)
    }
}
