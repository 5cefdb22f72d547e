import Foundation

/// A byte scan of a whole document for the start tags libxml2 2.9 parses in quadratic time.
///
/// libxml2 compares each attribute of a start tag with every attribute before it,
/// so one element with 200 000 attributes (2 MB) keeps it busy for minutes. No
/// real document needs more than a few dozen, so a start tag with more than
/// `attributeLimit` is refused before the parser sees the document. The scan jumps
/// from `<` to `<` with `memchr`, skips comments, CDATA sections, processing
/// instructions, declarations (the DOCTYPE with its internal subset) and quoted
/// attribute values, and counts `=` signs in start tags (a name cannot contain one).
/// UTF-16 documents are decoded first, as `PrologScanner` does.
enum MarkupScanner {
    /// The most attributes (namespace declarations included) accepted on one element.
    static let attributeLimit = 1000

    /// The 1-based line of the first start tag with more than `limit` attributes, or nil.
    static func crowdedStartTagLine(in data: Data, limit: Int = attributeLimit) -> Int? {
        if let utf16 = PrologScanner.decodedUTF16(data) {
            var text = utf16
            return text.withUTF8 { scan($0, limit: limit) }
        }
        return data.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self), limit: limit) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        var scanner = MarkupCursor(bytes: bytes)
        while let open = scanner.next(UInt8(ascii: "<"), from: scanner.index) {
            scanner.index = open
            let skipped: Bool
            switch open + 1 < bytes.count ? bytes[open + 1] : 0 {
            case UInt8(ascii: "!"):
                if scanner.starts(with: "<!--") {
                    skipped = scanner.skip(past: "-->")
                } else if scanner.starts(with: "<![CDATA[") {
                    skipped = scanner.skip(past: "]]>")
                } else {
                    skipped = scanner.skipDeclaration()
                }
            case UInt8(ascii: "?"):
                skipped = scanner.skip(past: "?>")
            case UInt8(ascii: "/"):
                skipped = scanner.skip(past: ">")
            default:
                if scanner.attributeCount(limit: limit) > limit { return scanner.line(at: open) }
                skipped = true
            }
            guard skipped else { return nil }
        }
        return nil
    }
}

/// A position in a byte buffer, with the moves `MarkupScanner` needs.
private struct MarkupCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The index of the next `byte` at or after `start`, or nil.
    func next(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    func starts(with literal: String, at position: Int? = nil) -> Bool {
        var position = position ?? index
        for expected in literal.utf8 {
            guard position < bytes.count, bytes[position] == expected else { return false }
            position += 1
        }
        return true
    }

    /// Moves past the next `terminator`; false when there is none.
    mutating func skip(past terminator: String) -> Bool {
        let first = terminator.utf8.first!
        var position = index + 1
        while let found = next(first, from: position) {
            if starts(with: terminator, at: found) {
                index = found + terminator.utf8.count
                return true
            }
            position = found + 1
        }
        return false
    }

    /// Moves past a `<!…>` declaration, its bracketed internal subset, quoted literals and comments.
    mutating func skipDeclaration() -> Bool {
        var position = index + 2, depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = next(byte, from: position + 1) else { return false }
                position = close
            } else if starts(with: "<!--", at: position) {
                index = position
                guard skip(past: "-->") else { return false }
                position = index - 1
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">"), depth <= 0 {
                index = position + 1
                return true
            }
            position += 1
        }
        return false
    }

    /// Counts the `=` of the start tag at `index` and moves past it, stopping once past `limit`.
    mutating func attributeCount(limit: Int) -> Int {
        var position = index + 1, count = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let close = next(bytes[position], from: position + 1) else {
                    index = bytes.count
                    return count
                }
                position = close
            case UInt8(ascii: "="):
                count += 1
                if count > limit { return count }
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                index = position
                return count
            default:
                break
            }
            position += 1
        }
        index = bytes.count
        return count
    }

    /// The 1-based line of the byte at `offset`.
    func line(at offset: Int) -> Int {
        var line = 1, position = 0
        while let found = next(0x0A, from: position), found < offset {
            line += 1
            position = found + 1
        }
        return line
    }
}
