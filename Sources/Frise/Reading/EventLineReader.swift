import Foundation

/// Reads back the JSON Lines that `frise events` writes (see `EventLine`): the reduce side of
/// a distributed chronology.
///
/// Each line gives an event and what the chronology records about its article (`doc_date`,
/// `doc_reference_day`, `doc_source`, `doc_title`); a line with `doc` and those keys only
/// (`frise events --documents`) gives an article that reports no event. Paths are files,
/// folders (their files, hidden ones and names starting with `_` such as Hadoop's `_SUCCESS`
/// left out, in byte-wise name order) or `-` for standard input. Lines are read one at a
/// time, each at most `maxLineBytes`; blank lines are skipped; a bad line is one failure
/// (`shard:12: reason`) and does not stop the others.
///
/// ```swift
/// var builder = ChronologyBuilder()
/// EventLineReader().read(paths: ["events.jsonl"]) { result in … }
/// ```
public struct EventLineReader: Sendable {
    /// One line: an event with its article, or an article alone.
    public struct Record: Hashable, Sendable {
        public var document: DocumentInfo
        /// Nil for a line that only lists an article.
        public var event: Event?
    }

    /// Why a line, a file or a folder could not be read.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var source: String
        public var line: Int?
        public var reason: String

        /// `source:line: reason`.
        public var description: String {
            ArticleReadError.Reason.escapingControls(source) + (line.map { ":\($0)" } ?? "") + ": " + reason
        }
    }

    /// The longest line read, in bytes.
    public var maxLineBytes: Int

    public init(maxLineBytes: Int = ArticleReader.defaultMaxArticleBytes) {
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Calls `body` once per line that is not blank, and once per failure, in input order. Lines
    /// are parsed `jobs` at a time, in batches; `body` runs on the calling thread.
    public func read<E: Error>(
        paths: [String], jobs: Int = 1, _ body: (Result<Record, Failure>) throws(E) -> Void
    ) throws(E) {
        for path in paths {
            if path == "-" {
                try read(ByteStream(descriptor: 0, owned: false), source: "-", jobs: jobs, body)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                try body(.failure(Failure(source: path, reason: "no such file")))
                continue
            }
            let files: [String]
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }
                    .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    .map { (path.hasSuffix("/") ? path : path + "/") + $0 }
                    .filter { var info = stat(); return stat($0, &info) == 0 && info.st_mode & S_IFMT == S_IFREG }
            } else {
                files = [path]
            }
            for file in files {
                let stream: ByteStream
                do throws(ByteStream.SystemError) {
                    stream = try ByteStream(path: file)
                } catch {
                    try body(.failure(Failure(source: file, reason: error.message)))
                    continue
                }
                try read(stream, source: file, jobs: jobs, body)
            }
        }
    }

    /// A line as the splitter gives it, with its number, waiting to be parsed.
    private typealias NumberedLine = (number: Int, line: LineSplitter.Line)

    /// Lines parsed together: at most this many, and no more once they hold `batchBytes` (a line
    /// may be as long as `maxLineBytes`: a batch of such lines must not hold a thousand).
    private static let batchSize = 1024
    private static let batchBytes = 8 << 20

    private func read<E: Error>(
        _ stream: ByteStream, source: String, jobs: Int, _ body: (Result<Record, Failure>) throws(E) -> Void
    ) throws(E) {
        var splitter = LineSplitter(limit: maxLineBytes)
        var pending: [NumberedLine] = []
        var pendingBytes = 0
        let maxLineBytes = maxLineBytes
        func flush() throws(E) {
            let results = Parallel.map(pending, jobs: jobs) { Self.result(of: $0, source: source, maxLineBytes: maxLineBytes) }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            for case let result? in results { try body(result) }
        }
        let handle = { (number: Int, line: LineSplitter.Line) throws(E) in
            pending.append((number, line))
            if case .bytes(let bytes) = line { pendingBytes += bytes.count }
            if pending.count >= Self.batchSize || pendingBytes >= Self.batchBytes { try flush() }
        }
        while true {
            let chunk: Data
            do throws(ByteStream.SystemError) {
                chunk = try stream.read(upTo: ByteStream.chunkSize)
            } catch {
                try flush()
                return try body(.failure(Failure(source: source, line: splitter.lineNumber + 1, reason: error.message)))
            }
            if chunk.isEmpty { break }
            try splitter.feed(chunk, handle)
        }
        try splitter.finish(handle)
        try flush()
    }

    /// What a line gives: a record or a failure; nil for a blank line.
    private static func result(of item: NumberedLine, source: String, maxLineBytes: Int) -> Result<Record, Failure>? {
        guard case .bytes(let line) = item.line else {
            return .failure(Failure(source: source, line: item.number, reason: "longer than \(maxLineBytes) bytes"))
        }
        guard let bytes = JSONArticleParser.content(ofLine: line, number: item.number) else { return nil }
        do throws(Problem) {
            return .success(try record(from: bytes, source: source))
        } catch {
            return .failure(Failure(source: source, line: item.number, reason: error.message))
        }
    }

    /// What is wrong with a line.
    struct Problem: Error {
        var message: String
    }

    /// The record of one line of `frise events`; `source` stands in for a missing `doc_source`.
    static func record(from bytes: Data, source: String) throws(Problem) -> Record {
        guard let value = bytes.withUnsafeBytes(JSONValue.parse) else {
            // Told apart only on failure: the scan reads the whole line again.
            let deep = JSONNesting.offsetPastLimit(in: bytes) != nil
            throw Problem(message: deep ? "JSON nested too deep" : "invalid JSON")
        }
        guard case .object = value else { throw Problem(message: "not a JSON object") }
        let fields = Fields(object: value, path: "")
        guard let date = DocumentDate(parsing: try fields.string("doc_date")) else {
            throw Problem(message: "doc_date is not a date")
        }
        let document = DocumentInfo(
            id: try fields.string("doc"), source: try fields.optionalString("doc_source") ?? source, date: date,
            referenceDay: try fields.day("doc_reference_day"), title: try fields.optionalString("doc_title"))
        guard value["id"] != nil else { return Record(document: document, event: nil) }
        var event = Event(
            id: try fields.string("id"), document: document.id, trigger: try fields.span("trigger"),
            eventClass: try fields.value("class", EventClass.init), type: try fields.value("type") { Vocabulary.types[$0] },
            when: try fields.optionalObject("when").map { (when) throws(Problem) in try when.timeValue() },
            timexes: try fields.array("timexes").map { (span) throws(Problem) in try span.span() },
            inheritedFrom: try fields.optionalString("inherited_from"), actors: try fields.strings("actors"),
            places: try fields.strings("places"), headline: try fields.string("headline"),
            sentence: try fields.span("sentence"))
        for (actor, role) in try fields.optionalObject("roles")?.object.members ?? [] {
            guard case .string(let name) = role, let role = Vocabulary.roles[name] else {
                throw Problem(message: "roles.\(actor) is not a role (agent, recipient, partner, other)")
            }
            event.roles[actor] = role
        }
        return Record(document: document, event: event)
    }
}

/// The names of the vocabulary an event line holds most, looked up in tables: the initialiser
/// from a raw value compares a name with each case's in turn (a thousand instructions for an
/// event type).
private enum Vocabulary {
    static let types = WordMap(EventType.allCases.map { ($0.rawValue, $0) })
    static let granularities = WordMap(Granularity.allCases.map { ($0.rawValue, $0) })
    static let roles = WordMap(ParticipantRole.allCases.map { ($0.rawValue, $0) })
}

/// The keys of one JSON object of an event line, read with messages that name the key.
private struct Fields {
    /// A JSON object.
    let object: JSONValue
    /// Where the object sits in the line (`when.`, `timexes.`), for messages.
    let path: String

    /// `when.start is not an ISO day (YYYY-MM-DD)`, `doc_date is missing`.
    func missing(_ key: String, _ expected: String) -> EventLineReader.Problem {
        EventLineReader.Problem(message: "\(path)\(key) is " + (object[key] == nil ? "missing" : "not \(expected)"))
    }

    func string(_ key: String) throws(EventLineReader.Problem) -> String {
        guard case .string(let value)? = object[key] else { throw missing(key, "a string") }
        return value
    }

    // Each member looked up once: a look-up compares the key with the object's keys from the
    // last, and asking three times for an optional one took a tenth of `timeline --events`.
    func optionalString(_ key: String) throws(EventLineReader.Problem) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw missing(key, "a string")
        }
    }

    /// A number that is an integer; true and false are 1 and 0, as JSONSerialization reads them.
    func int(_ key: String) throws(EventLineReader.Problem) -> Int {
        let number: Double
        switch object[key] {
        case .number(let value)?: number = value
        case .bool(let flag)?: number = flag ? 1 : 0
        default: throw missing(key, "an integer")
        }
        guard let value = Int(exactly: number) else { throw missing(key, "an integer") }
        return value
    }

    func day(_ key: String) throws(EventLineReader.Problem) -> CalendarDay {
        guard let day = try optionalDay(key) else { throw missing(key, "an ISO day (YYYY-MM-DD)") }
        return day
    }

    func optionalDay(_ key: String) throws(EventLineReader.Problem) -> CalendarDay? {
        guard let text = try optionalString(key) else { return nil }
        if let day = Self.isoDay(text) { return day }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard text.utf8.count == 10, parts.count == 3,
              let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else {
            throw missing(key, "an ISO day (YYYY-MM-DD)")
        }
        return day
    }

    /// `YYYY-MM-DD` in digits, as `frise events` writes days, read as document dates are.
    static func isoDay(_ text: String) -> CalendarDay? {
        guard let date = DocumentDate(parsing: text), date.hour == nil, let month = date.month, let day = date.day
        else { return nil }
        return CalendarDay(year: date.year, month: month, day: day)
    }

    func value<T>(_ key: String, _ make: (String) -> T?) throws(EventLineReader.Problem) -> T {
        guard let value = make(try string(key)) else { throw missing(key, "a known value") }
        return value
    }

    func strings(_ key: String) throws(EventLineReader.Problem) -> [String] {
        guard case .array(let values)? = object[key] else { throw missing(key, "an array of strings") }
        return try values.map { (value) throws(EventLineReader.Problem) in
            guard case .string(let text) = value else { throw missing(key, "an array of strings") }
            return text
        }
    }

    func optionalObject(_ key: String) throws(EventLineReader.Problem) -> Fields? {
        switch object[key] {
        case nil, .null?: return nil
        case let inner?:
            guard case .object = inner else { throw missing(key, "an object") }
            return Fields(object: inner, path: path + key + ".")
        }
    }

    func array(_ key: String) throws(EventLineReader.Problem) -> [Fields] {
        guard case .array(let values)? = object[key] else { throw missing(key, "an array") }
        return try values.map { (value) throws(EventLineReader.Problem) in
            guard case .object = value else { throw missing(key, "an array of objects") }
            return Fields(object: value, path: path + key + ".")
        }
    }

    func span(_ key: String) throws(EventLineReader.Problem) -> TextSpan {
        guard let inner = try optionalObject(key) else { throw missing(key, "an object") }
        return try inner.span()
    }

    /// This object as a span: `start`, `end`, `text`.
    func span() throws(EventLineReader.Problem) -> TextSpan {
        TextSpan(start: try offset("start"), end: try offset("end"), text: try string("text"))
    }

    /// An offset into an article: an integer of 32 bits, as `TextSpan` keeps it (never clamped
    /// from a line, where it would be read as another offset).
    func offset(_ key: String) throws(EventLineReader.Problem) -> Int {
        let value = try int(key)
        guard Int32(exactly: value) != nil else { throw missing(key, "an offset of 32 bits") }
        return value
    }

    /// This object as a `when`: `value`, `start`, `end`, `granularity`, `certainty`, `type`, `mod`, `freq`.
    func timeValue() throws(EventLineReader.Problem) -> TimeValue {
        TimeValue(
            type: try optionalString("type").map { (text) throws(EventLineReader.Problem) in
                guard let type = TimexType(rawValue: text) else { throw missing("type", "a TIMEX3 type") }
                return type
            } ?? .date,
            value: try string("value"), start: try optionalDay("start"), end: try optionalDay("end"),
            granularity: try value("granularity") { Vocabulary.granularities[$0] }, certainty: try value("certainty", Certainty.init),
            mod: try optionalString("mod"), frequency: try optionalString("freq"))
    }
}
