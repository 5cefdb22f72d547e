/// XML text written through a cursor: what `XMLExporter` writes its elements with.
extension ByteCursor {
    /// At most how many bytes `xmlText` writes for a text of `utf8Count` bytes: six for a byte
    /// written `&quot;`.
    static func xmlTextBound(_ utf8Count: Int) -> Int { 6 * utf8Count }

    /// `text` as an XML document holds it between tags (`inAttribute` false) or between an
    /// attribute's quotes: the characters XML 1.0 forbids dropped (`XMLText.sanitized`), `<`,
    /// `>`, `&` and `"` as entities, CR as `&#13;` and, in an attribute, LF and TAB as `&#10;` and
    /// `&#9;` (a parser reads them there as spaces); any other byte as it is. These are the
    /// bytes libxml2's xmlTextWriter wrote for Frise's documents.
    mutating func xmlText(_ text: String, inAttribute: Bool = false) {
        text.withUTF8Bytes { xmlText(utf8: $0, inAttribute: inAttribute) }
    }

    /// `text` (a TIMEX3 value) as `xmlText(_:inAttribute:)` writes a string.
    mutating func xmlText(_ text: InlineText, inAttribute: Bool) {
        text.withUTF8 { xmlText(utf8: $0, inAttribute: inAttribute) }
    }

    /// The text whose well-formed UTF-8 is `bytes`, as `xmlText(_:inAttribute:)` writes it.
    private mutating func xmlText(utf8 bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        // A forbidden scalar always has a byte below 0x20 or an 0xEF (U+FFFE, U+FFFF), which few
        // texts have: those few are made again without it.
        guard ByteScan.firstIndex(in: bytes, below: 0x20, oneOf: 0xEF) != nil else {
            return xmlEscaped(bytes, inAttribute: inAttribute)
        }
        XMLText.sanitized(String(decoding: bytes, as: UTF8.self)).withUTF8Bytes { xmlEscaped($0, inAttribute: inAttribute) }
    }

    /// ` name="value"`, the value written as an attribute's (`xmlText`).
    mutating func xmlAttribute(_ name: StaticString, _ value: String) {
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        xmlText(value, inAttribute: true)
        byte(UInt8(ascii: "\""))
    }

    /// ` name="value"` for a name of Frise's own vocabulary (`String.isVocabularyName`), which
    /// never needs an escape: none is looked for.
    mutating func xmlName(_ name: StaticString, _ value: String) {
        assert(value.isVocabularyName, "\(value) is no name of the vocabulary")
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        text(value)
        byte(UInt8(ascii: "\""))
    }

    /// ` name="number"`.
    mutating func xmlNumber(_ name: StaticString, _ number: Int) {
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        decimal(number)
        byte(UInt8(ascii: "\""))
    }

    /// The bytes of well-formed UTF-8 text with XML's escapes (see `xmlText`): the runs between
    /// the bytes to escape, found sixteen at a time (`ByteScan`), copied whole.
    private mutating func xmlEscaped(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&")
        let quote = UInt8(ascii: "\"")
        var run = 0  // the start of the bytes not written yet
        while let special = ByteScan.firstIndex(
            in: bytes, from: run, below: 0x20, oneOf: lessThan, greaterThan, ampersand, quote)
        {
            raw(UnsafeBufferPointer(rebasing: bytes[run..<special]))
            switch bytes[special] {
            case lessThan: raw("&lt;")
            case greaterThan: raw("&gt;")
            case ampersand: raw("&amp;")
            case quote: raw("&quot;")
            case 0x0D: raw("&#13;")
            case 0x0A: if inAttribute { raw("&#10;") } else { byte(0x0A) }
            case 0x09: if inAttribute { raw("&#9;") } else { byte(0x09) }
            default: break  // a control character XML forbids (`XMLText.sanitized` dropped them)
            }
            run = special + 1
        }
        raw(UnsafeBufferPointer(rebasing: bytes[run...]))
    }
}
