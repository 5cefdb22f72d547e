import Foundation

/// A byte scan of a document for the start tags libxml2 2.9 parses in quadratic time.
///
/// libxml2 compares each attribute of a start tag with every attribute before it,
/// so one element with 200 000 attributes (2 MB) keeps it busy for minutes. No
/// real document needs more than a few dozen, so a start tag with more than
/// `attributeLimit` is refused before the parser sees it. The scan skips comments,
/// CDATA sections, processing instructions, declarations (the DOCTYPE with its
/// internal subset, and the comments and quoted literals in it) and quoted attribute
/// values, and counts `=` signs in start tags (a name cannot contain one).
///
/// The scanner reads a document whole or piece by piece (`scan`), in pieces cut
/// anywhere: a document checked as it is read has each piece scanned before the
/// parser is given it, so the parser never holds a start tag past the limit.
/// UTF-16 documents are decoded first, as `PrologScanner` does, and read whole.
struct MarkupScanner {
    /// The most attributes (namespace declarations included) accepted on one element.
    static let attributeLimit = 1000

    /// The 1-based line of the first start tag with more than `limit` attributes, or nil.
    static func crowdedStartTagLine(in data: Data, limit: Int = attributeLimit) -> Int? {
        var scanner = MarkupScanner(limit: limit)
        if let utf16 = PrologScanner.decodedUTF16(data) {
            var text = utf16
            return text.withUTF8 { scanner.scan($0) }
        }
        return data.withUnsafeBytes { scanner.scan($0.bindMemory(to: UInt8.self)) }
    }

    private let limit: Int
    private var state = State.text
    /// The line of the next byte.
    private var line = 1
    /// The line of the `<` that opened the markup being read.
    private var openLine = 1
    /// The bytes after `<!` while it is not yet known what they open (at most 7: `[CDATA[`).
    private var opener: [UInt8] = []

    /// What the scan is in, with what it needs to find its end.
    private enum State {
        case text
        /// Just after a `<`.
        case open
        /// After `<!`, its next bytes in `opener`.
        case bang
        /// After `<?`: `question` when the last byte was a `?`.
        case instruction(question: Bool)
        /// In a comment: the run of `-` just read.
        case comment(dashes: Int)
        /// In a CDATA section: the run of `]` just read.
        case cdata(brackets: Int)
        case endTag
        /// In a `<!…>` declaration: its bracket depth, the quote of a literal it is in (0 for
        /// none), and how much of `<!--` the last bytes match.
        case declaration(depth: Int, quote: UInt8, commentOpener: Int)
        /// In a comment within a declaration: the run of `-` just read, and the declaration's depth.
        case declarationComment(dashes: Int, depth: Int)
        /// In a start tag: the `=` counted, and the quote of a value it is in (0 for none).
        case startTag(count: Int, quote: UInt8)
    }

    init(limit: Int = attributeLimit) {
        self.limit = limit
    }

    private static let commentOpener = Array("<!--".utf8)
    private static let commentStart = Array("--".utf8), cdataStart = Array("[CDATA[".utf8)

    /// Reads the next bytes of the document: the line of the first start tag found with more
    /// than `limit` attributes, or nil. After a non-nil answer the scanner has nothing more to say.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            if case .text = state {
                // Text, most of a document: on to the next `<` in a loop of its own.
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                guard index < bytes.count else { return nil }
                index += 1
                openLine = line
                state = .open
                continue
            }
            if case .startTag(var count, var quote) = state {
                // A start tag's names and values, most of the rest: read in a loop of their own
                // too, up to the `>` or `<` that ends the tag, read below.
                while index < bytes.count {
                    let byte = bytes[index]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == UInt8(ascii: "=") {
                        count += 1
                        if count > limit {
                            state = .text
                            return openLine
                        }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
                        break
                    }
                    if byte == 0x0A { line += 1 }
                    index += 1
                }
                state = .startTag(count: count, quote: quote)
                guard index < bytes.count else { return nil }
            }
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { line += 1 }
            switch state {
            case .text:
                break  // (read above)
            case .open:
                switch byte {
                case UInt8(ascii: "!"):
                    opener.removeAll(keepingCapacity: true)
                    state = .bang
                case UInt8(ascii: "?"):
                    state = .instruction(question: true)  // `<?>` ends it, as a search for "?>" from the `?` finds
                case UInt8(ascii: "/"):
                    state = .endTag
                default:
                    // A start tag, this byte its first: read again by the start tags' loop above.
                    state = .startTag(count: 0, quote: 0)
                    index -= 1
                    if byte == 0x0A { line -= 1 }
                }
            case .bang:
                opener.append(byte)
                if opener == Self.commentStart {
                    state = .comment(dashes: 2)  // `<!-->` ends it, as a search for "-->" from the `!` finds
                } else if opener == Self.cdataStart {
                    state = .cdata(brackets: 0)
                } else if !Self.commentStart.starts(with: opener), !Self.cdataStart.starts(with: opener) {
                    // A declaration: the bytes after `<!` read again as its own.
                    state = .declaration(depth: 0, quote: 0, commentOpener: 0)
                    let read = opener
                    for byte in read { declaration(byte) }
                }
            case .instruction(let question):
                state = question && byte == UInt8(ascii: ">") ? .text : .instruction(question: byte == UInt8(ascii: "?"))
            case .comment(let dashes):
                state = dashes >= 2 && byte == UInt8(ascii: ">")
                    ? .text : .comment(dashes: byte == UInt8(ascii: "-") ? dashes + 1 : 0)
            case .cdata(let brackets):
                state = brackets >= 2 && byte == UInt8(ascii: ">")
                    ? .text : .cdata(brackets: byte == UInt8(ascii: "]") ? brackets + 1 : 0)
            case .endTag:
                if byte == UInt8(ascii: ">") { state = .text }
            case .declaration, .declarationComment:
                declaration(byte)
            case .startTag:
                // The `>` or `<` the start tags' loop stopped at: a `<` leaves the tag unclosed (the
                // parser will say so) and opens the next markup.
                if byte == UInt8(ascii: "<") {
                    openLine = line
                    state = .open
                } else {
                    state = .text
                }
            }
        }
        return nil
    }

    /// Reads a byte of a declaration (or of a comment within one).
    private mutating func declaration(_ byte: UInt8) {
        switch state {
        case .declarationComment(let dashes, let depth):
            if dashes >= 2 && byte == UInt8(ascii: ">") {
                state = .declaration(depth: depth, quote: 0, commentOpener: 0)
            } else {
                state = .declarationComment(dashes: byte == UInt8(ascii: "-") ? dashes + 1 : 0, depth: depth)
            }
        case .declaration(var depth, let quote, var matched):
            if quote != 0 {
                state = .declaration(depth: depth, quote: byte == quote ? 0 : quote, commentOpener: 0)
                return
            }
            matched = byte == Self.commentOpener[matched] ? matched + 1 : (byte == UInt8(ascii: "<") ? 1 : 0)
            if matched == Self.commentOpener.count {
                state = .declarationComment(dashes: 2, depth: depth)
                return
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                state = .declaration(depth: depth, quote: byte, commentOpener: 0)
                return
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0:
                state = .text
                return
            default: break
            }
            state = .declaration(depth: depth, quote: 0, commentOpener: matched)
        default:
            break
        }
    }
}
