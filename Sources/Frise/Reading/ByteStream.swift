import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Bytes read in bounded chunks from a file, standard input or memory.
///
/// Unlike `Data(contentsOf:)`, nothing here reads more than it is asked for, so
/// a 10 GB file, `/dev/zero` or an endless pipe costs at most the limit the
/// caller sets. A stream opened from a path closes its descriptor when freed.
final class ByteStream {
    private enum Source {
        case descriptor(Int32, owned: Bool)
        case memory(Data)
    }

    private let source: Source
    private var memoryOffset = 0
    /// The size of a regular file, when the stream reads one.
    let knownSize: Int?

    /// A failed system call: its `errno`, described by `strerror`.
    struct SystemError: Error {
        var code: Int32
        var message: String { String(cString: strerror(code)) }
    }

    /// A stream over bytes already in memory.
    init(data: Data) {
        source = .memory(data)
        knownSize = data.count
    }

    /// A stream over an open descriptor (standard input is 0); closed when freed if `owned`.
    init(descriptor: Int32, owned: Bool) {
        source = .descriptor(descriptor, owned: owned)
        var info = stat()
        knownSize = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    /// Opens the file at `path` for reading.
    convenience init(path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(code: errno) }
        self.init(descriptor: descriptor, owned: true)
    }

    deinit {
        if case .descriptor(let descriptor, owned: true) = source { close(descriptor) }
    }

    /// At most `count` bytes; empty only at the end of the stream.
    func read(upTo count: Int) throws(SystemError) -> Data {
        switch source {
        case .memory(let data):
            let start = data.startIndex + memoryOffset
            let end = start + min(count, data.endIndex - start)
            memoryOffset += end - start
            return data[start..<end]
        case .descriptor(let descriptor, _):
            // Room left uninitialised (`Data(count:)` zeroes it: a pass over every byte read).
            guard count > 0, let room = malloc(count) else { return Data() }
            var got: Int
            repeat { got = systemRead(descriptor, room, count) } while got < 0 && errno == EINTR
            guard got > 0 else {
                let code = errno
                free(room)
                if got < 0 { throw SystemError(code: code) }
                return Data()
            }
            return Data(bytesNoCopy: room, count: got, deallocator: .free)
        }
    }

    /// Appends to `data` until the end of the stream or until it holds more than
    /// `limit` bytes; true when the end was reached.
    func read(into data: inout Data, limit: Int) throws(SystemError) -> Bool {
        if let knownSize { data.reserveCapacity(min(knownSize, limit) + 1) }
        while data.count <= limit {
            let chunk = try read(upTo: min(Self.chunkSize, limit + 1 - data.count))
            if chunk.isEmpty { return true }
            data.append(chunk)
        }
        return false
    }

    /// How much one system call reads.
    static let chunkSize = 1 << 20
}
