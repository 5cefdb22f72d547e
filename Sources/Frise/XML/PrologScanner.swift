import Foundation

/// Finds entity declarations in a document's internal DTD subset, before any parsing.
///
/// Entity declarations are what entity-expansion attacks ("billion laughs") and
/// external-entity attacks (`<!ENTITY x SYSTEM "file:///etc/passwd">`) need, and a
/// chronology never has one. The scan reads only the prolog (BOM, XML declaration,
/// comments, processing instructions, DOCTYPE) and stops at the root element, so it
/// costs nothing on ordinary files. Literals, comments and processing instructions
/// inside the internal subset are skipped, so a `]>` in a quoted value cannot end
/// the scan early. UTF-16 documents are decoded first; other encodings that are not
/// ASCII-compatible are left to the parser-level guard in `XMLDocumentParser`.
enum PrologScanner {
    /// The 1-based line of a DOCTYPE whose internal subset declares an entity, or nil.
    static func entityDeclarationLine(in data: Data) -> Int? {
        if let utf16 = decodedUTF16(data) {
            var text = utf16
            return text.withUTF8 { scan($0) }
        }
        return data.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self)) }
    }

    /// The document as text when it is UTF-16 (by BOM or by the `<?` pattern), else nil.
    static func decodedUTF16(_ data: Data) -> String? {
        guard data.count >= 2 else { return nil }
        let b0 = data[data.startIndex], b1 = data[data.startIndex + 1]
        let littleEndian: Bool
        switch (b0, b1) {
        case (0xFF, 0xFE), (0x3C, 0x00): littleEndian = true
        case (0xFE, 0xFF), (0x00, 0x3C): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex
        while index + 1 < data.endIndex {
            let first = UInt16(data[index]), second = UInt16(data[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = Cursor(bytes: bytes)
        if cursor.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.advance(3) }
        while !cursor.atEnd {
            cursor.skipWhitespace()
            if cursor.starts(with: "<?") {
                guard cursor.skip(past: "?>") else { return nil }
            } else if cursor.starts(with: "<!--") {
                guard cursor.skip(past: "-->") else { return nil }
            } else if cursor.starts(with: "<!DOCTYPE") {
                let line = cursor.line
                return subsetDeclaresEntity(&cursor) ? line : nil
            } else {
                return nil  // the root element, or something the parser will reject
            }
        }
        return nil
    }

    /// Reads a DOCTYPE up to its `>`, and its internal subset if it has one.
    private static func subsetDeclaresEntity(_ cursor: inout Cursor) -> Bool {
        cursor.advance(9)
        while let byte = cursor.current {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard cursor.skipLiteral() else { return false }
            case UInt8(ascii: "["):
                cursor.advance()
                return internalSubsetDeclaresEntity(&cursor)
            case UInt8(ascii: ">"):
                return false
            default:
                cursor.advance()
            }
        }
        return false
    }

    private static func internalSubsetDeclaresEntity(_ cursor: inout Cursor) -> Bool {
        while let byte = cursor.current {
            if cursor.starts(with: "<!ENTITY") { return true }
            if cursor.starts(with: "<!--") {
                guard cursor.skip(past: "-->") else { return false }
            } else if cursor.starts(with: "<?") {
                guard cursor.skip(past: "?>") else { return false }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard cursor.skipLiteral() else { return false }
            } else if byte == UInt8(ascii: "]") {
                return false
            } else {
                cursor.advance()
            }
        }
        return false
    }
}

/// A position in a byte buffer that counts lines as it moves.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { atEnd ? nil : bytes[index] }

    func starts(with literal: some Sequence<UInt8>) -> Bool {
        var position = index
        for expected in literal {
            guard position < bytes.count, bytes[position] == expected else { return false }
            position += 1
        }
        return true
    }

    func starts(with literal: String) -> Bool { starts(with: literal.utf8) }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            advance()
        }
    }

    /// Moves just past the next occurrence of `terminator`; false at the end of the data.
    mutating func skip(past terminator: String) -> Bool {
        while !atEnd {
            if starts(with: terminator) {
                advance(terminator.utf8.count)
                return true
            }
            advance()
        }
        return false
    }

    /// Moves past a quoted literal that starts at the cursor.
    mutating func skipLiteral() -> Bool {
        guard let quote = current else { return false }
        advance()
        while let byte = current {
            advance()
            if byte == quote { return true }
        }
        return false
    }
}
