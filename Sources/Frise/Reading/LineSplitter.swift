import Foundation

/// Cuts a byte stream into LF-terminated lines, keeping at most `limit` bytes of each.
///
/// Chunks are fed as they are read; each complete line is handed on with its
/// 1-based number. A line longer than `limit` is reported as `.tooLong` and its
/// bytes are dropped as they come, so one endless line costs no more than the
/// limit. A CR before the LF stays in the line (JSON reads it as whitespace).
struct LineSplitter {
    /// A complete line, or the news that it was too long to keep.
    enum Line: Sendable {
        case bytes(Data)
        case tooLong
    }

    let limit: Int
    private var pending = Data()
    private var overflowed = false
    /// The number of the last line handed on.
    private(set) var lineNumber = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Adds `chunk`, handing on every line it completes.
    mutating func feed<E: Error>(_ chunk: Data, _ body: (Int, Line) throws(E) -> Void) throws(E) {
        var start = 0
        while start < chunk.count {
            let newline = chunk.withUnsafeBytes { raw -> Int? in
                guard let found = memchr(raw.baseAddress! + start, 0x0A, raw.count - start) else { return nil }
                return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
            }
            let end = newline ?? chunk.count
            keep(chunk[(chunk.startIndex + start)..<(chunk.startIndex + end)])
            guard let newline else { return }
            try emit(body)
            start = newline + 1
        }
    }

    /// Hands on the last line when the stream did not end with a line feed.
    mutating func finish<E: Error>(_ body: (Int, Line) throws(E) -> Void) throws(E) {
        if !pending.isEmpty || overflowed { try emit(body) }
    }

    private mutating func keep(_ part: Data) {
        guard !overflowed, !part.isEmpty else { return }
        if pending.count + part.count > limit {
            overflowed = true
            pending = Data()
        } else {
            pending.append(part)
        }
    }

    private mutating func emit<E: Error>(_ body: (Int, Line) throws(E) -> Void) throws(E) {
        lineNumber += 1
        let line: Line = overflowed ? .tooLong : .bytes(pending)
        pending = Data()
        overflowed = false
        try body(lineNumber, line)
    }
}
