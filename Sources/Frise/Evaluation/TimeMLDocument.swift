import CLibXML2
import Foundation

/// A TimeML (`.tml`) document: its creation time, its body text and its gold annotations.
///
/// The body is the text content of the first `TEXT` element with all markup
/// removed and whitespace kept exactly (no trimming), so gold offsets line up
/// with what the tagger sees. Offsets are 0-based Unicode-scalar offsets into
/// the body, end exclusive, like every offset in Frise. The document is parsed
/// as untrusted XML (see `XMLDocumentParser`): no network, no entity expansion,
/// and a DOCTYPE that declares entities is refused.
///
/// ```swift
/// let gold = try TimeMLDocument(contentsOf: URL(fileURLWithPath: "a.tml"))
/// for timex in gold.timexes { print(timex.range, timex.text, timex.value) }
/// ```
public struct TimeMLDocument: Hashable, Sendable {
    /// The document id: the file name without extension.
    public var id: String
    /// Where the document came from, for messages.
    public var source: String
    /// The `value` of the TIMEX3 whose `functionInDocument` is `CREATION_TIME`, as written.
    public var creationTime: String?
    /// The 1-based line of that TIMEX3.
    public var creationTimeLine: Int?
    /// The `tid` of that TIMEX3, which TLINKs name.
    public var creationTimeID: String?
    /// The text content of `TEXT`, markup removed, whitespace kept.
    public var body: String
    /// The TIMEX3s inside `TEXT`, in document order.
    public var timexes: [Timex]
    /// The EVENTs inside `TEXT`, in document order.
    public var events: [Event]
    /// Every TLINK of the document, in document order.
    public var timeLinks: [TimeLink]

    /// A gold temporal expression.
    public struct Timex: Hashable, Sendable {
        public var tid: String
        /// Unicode-scalar offsets into the body, end exclusive (empty for a non-markable TIMEX3).
        public var range: Range<Int>
        public var text: String
        /// `DATE`, `TIME`, `DURATION` or `SET`, as written.
        public var type: String
        public var value: String
        /// `APPROX`, `START`, `BEFORE`…, when given.
        public var mod: String?
    }

    /// A gold event mention.
    public struct Event: Hashable, Sendable {
        public var eid: String
        /// The instance id: the first MAKEINSTANCE of the event, else the EVENT's own `eiid`.
        public var eiid: String?
        public var range: Range<Int>
        public var text: String
        /// The TimeML class (`OCCURRENCE`, `STATE`, `REPORTING`…).
        public var eventClass: String
    }

    /// A gold temporal link.
    public struct TimeLink: Hashable, Sendable {
        public var lid: String?
        /// The event instance the link starts from, when it starts from an event.
        public var eventInstanceID: String?
        /// The TIMEX3 the link points to, when it points to a time.
        public var relatedToTime: String?
        /// `BEFORE`, `AFTER`, `INCLUDES`, `IS_INCLUDED`, `DURING`, `SIMULTANEOUS`…
        public var relType: String
    }

    /// Parses `data`; `id` and `source` name the document.
    public init(data: Data, id: String, source: String) throws(TimeMLError) {
        xmlInitParser()
        let collector = XMLErrorCollector(file: source)
        guard let document = XMLDocumentParser.parse(data, into: collector) else {
            throw .notWellFormed(collector.diagnostics)
        }
        defer { xmlFreeDoc(document) }
        var reader = TimeMLTreeReader()
        if let root = xmlDocGetRootElement(document) { reader.visitElement(root, inText: false) }
        guard reader.textFound else { throw .missingText }
        self.id = id
        self.source = source
        creationTime = reader.creationTime?.value
        creationTimeLine = reader.creationTime?.line
        creationTimeID = reader.creationTime?.tid
        body = String(String.UnicodeScalarView(reader.scalars))
        timexes = reader.timexes
        events = reader.events.map { event in
            var event = event
            if let instance = reader.instances[event.eid] { event.eiid = instance }
            return event
        }
        timeLinks = reader.timeLinks
    }

    /// Reads and parses the file at `url`; the id is the file name without extension.
    public init(contentsOf url: URL) throws(TimeMLError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, error.localizedDescription)
        }
        try self.init(data: data, id: url.deletingPathExtension().lastPathComponent, source: url.path)
    }

    /// The creation time as a `DocumentDate`, cut to the precision `DocumentDate` parses:
    /// `1999-05-17T10:00:00` → `1999-05-17T10:00`, `1999-05-17TMO` → `1999-05-17`, `1999-W20` → `1999`.
    public var documentDate: DocumentDate? {
        guard let creationTime else { return nil }
        if let date = DocumentDate(parsing: creationTime) { return date }
        for length in [16, 10, 7, 4] where creationTime.count > length {
            if let date = DocumentDate(parsing: creationTime.prefix(length)) { return date }
        }
        return nil
    }

    /// The document as an article dated by its creation time (or by `dateOverride`).
    public func article(dateOverride: DocumentDate? = nil) throws(TimeMLError) -> Article {
        guard let date = dateOverride ?? documentDate else {
            guard let creationTime else { throw .missingCreationTime }
            throw .invalidCreationTime(creationTime, line: creationTimeLine)
        }
        return Article(id: id, source: source, date: date, body: body)
    }
}

/// Why a TimeML document could not be used. Its description is the message the user sees.
public enum TimeMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read; the system's explanation.
    case unreadable(path: String, String)
    /// The XML was refused or is not well-formed; libxml2's line-numbered diagnostics.
    case notWellFormed([XMLDiagnostic])
    /// There is no `TEXT` element.
    case missingText
    /// No TIMEX3 has `functionInDocument="CREATION_TIME"`.
    case missingCreationTime
    /// The creation time's value is not a date Frise can anchor on.
    case invalidCreationTime(String, line: Int?)

    public var description: String {
        switch self {
        case .unreadable(let path, let detail):
            return "\(path): cannot be read: \(detail)"
        case .notWellFormed(let diagnostics):
            return diagnostics.first?.message ?? "the document is not well-formed XML"
        case .missingText:
            return "no TEXT element: a TimeML document keeps its body in <TEXT>…</TEXT>"
        case .missingCreationTime:
            return "no document date: no TIMEX3 has functionInDocument=\"CREATION_TIME\" (give the date with --dct)"
        case .invalidCreationTime(let value, _):
            return "the CREATION_TIME TIMEX3 has value '\(value)', which does not start with a date "
                + "(YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        }
    }
}

/// Walks a parsed TimeML tree once, collecting the body text and the annotations.
private struct TimeMLTreeReader {
    var scalars: [Unicode.Scalar] = []
    var textFound = false
    var creationTime: (value: String, line: Int, tid: String?)?
    var timexes: [TimeMLDocument.Timex] = []
    var events: [TimeMLDocument.Event] = []
    /// The first instance id of each event id, from MAKEINSTANCE.
    var instances: [String: String] = [:]
    var timeLinks: [TimeMLDocument.TimeLink] = []

    /// Visits the children of `node`; text counts toward the body only inside `TEXT`.
    ///
    /// Recursion depth is bounded by libxml2's nesting limit (256 without `XML_PARSE_HUGE`).
    mutating func visitChildren(of node: xmlNodePtr, inText: Bool) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                visitElement(current, inText: inText)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if inText, let content = current.pointee.content {
                    scalars.append(contentsOf: String(cString: content).unicodeScalars)
                }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// Visits one element and its subtree, recording it if it is an annotation.
    mutating func visitElement(_ node: xmlNodePtr, inText: Bool) {
        let name = String(cString: node.pointee.name)
        let entersText = !inText && !textFound && name == "TEXT"
        if entersText { textFound = true }
        let start = scalars.count
        visitChildren(of: node, inText: inText || entersText)
        let range = start..<scalars.count
        let attributes = Self.attributes(of: node)
        switch name {
        case "TIMEX3":
            if creationTime == nil, attributes["functionInDocument"] == "CREATION_TIME", let value = attributes["value"] {
                creationTime = (value, Int(xmlGetLineNo(node)), attributes["tid"])
            }
            guard inText else { return }
            timexes.append(
                TimeMLDocument.Timex(
                    tid: attributes["tid"] ?? "", range: range, text: text(range), type: attributes["type"] ?? "",
                    value: attributes["value"] ?? "", mod: attributes["mod"]))
        case "EVENT" where inText:
            events.append(
                TimeMLDocument.Event(
                    eid: attributes["eid"] ?? "", eiid: attributes["eiid"], range: range, text: text(range),
                    eventClass: attributes["class"] ?? ""))
        case "MAKEINSTANCE":
            if let eventID = attributes["eventID"], let eiid = attributes["eiid"], instances[eventID] == nil {
                instances[eventID] = eiid
            }
        case "TLINK":
            timeLinks.append(
                TimeMLDocument.TimeLink(
                    lid: attributes["lid"], eventInstanceID: attributes["eventInstanceID"],
                    relatedToTime: attributes["relatedToTime"], relType: attributes["relType"] ?? ""))
        default:
            break
        }
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The element's attributes by name (namespace prefixes dropped), values as parsed.
    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if let content = part.pointee.content { value += String(cString: content) }
                child = part.pointee.next
            }
            result[String(cString: current.pointee.name)] = value
            attribute = current.pointee.next
        }
        return result
    }
}
