import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a command's output whole, or not at all.
///
/// A file output is written to a temporary file beside it (`.NAME.frise-PID-RANDOM.tmp`),
/// flushed to disk, then renamed over the target: an existing output is only ever replaced
/// by a complete one, and an interrupted run (see `Interruption`) removes its temporary
/// file. Devices and pipes (`-o /dev/stdout`) are written in place. A failed write is
/// reported in one line (`frise: cannot write out.csv: No space left on device`) and the
/// run exits with status 1.
enum OutputWriter {
    static func write(_ text: String, to path: String?) throws {
        var text = text
        try text.withUTF8 { try write($0, to: path) }
    }

    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String?) throws {
        do throws(OutputError) {
            if let path {
                try writeFile(bytes, to: path)
            } else {
                _ = standardOutputPrepared
                do throws(SystemError) {
                    try writeAll(bytes, to: STDOUT_FILENO)
                } catch {
                    throw .cannotWriteStandardOutput(reason: error.message)
                }
            }
        } catch {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
    }

    private static func writeFile(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(OutputError) {
        let file = try OutputFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// `dir/.NAME.frise-PID-RANDOM.tmp`, beside `path` so that the rename stays on one file system.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = String(url.lastPathComponent.unicodeScalars.prefix(64))
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return url.deletingLastPathComponent().path + "/.\(name).frise-\(getpid())-\(random).tmp"
    }

    /// Standard output made ready once, before its first write: a pipe's buffer widened.
    private static let standardOutputPrepared: Void = { widenPipe(STDOUT_FILENO) }()

    /// The buffer asked for a pipe: the most an unprivileged process may ask for by default
    /// (`/proc/sys/fs/pipe-max-size`). Linux gives a pipe 64 KiB, and a writer of large pieces
    /// (a CSV piece of 1,024 events is some 300 KB) then waits several times a piece for the
    /// reader to catch up, two process switches each time: `timeline` on 10 MB, read through a
    /// pipe, switched 66 times with 1 MiB, 590 without.
    static let pipeBufferSize: Int32 = 1 << 20

    /// Raises the buffer of the pipe at `descriptor` to `pipeBufferSize` when it is smaller;
    /// returns its size then, nil when the descriptor is no pipe (or on a system without the
    /// call). Past the user's quota of pipe memory (`pipe-user-pages-soft`) the pipe is left as
    /// it is.
    @discardableResult
    static func widenPipe(_ descriptor: Int32) -> Int32? {
        #if os(Linux)
        // Linux's F_GETPIPE_SZ and F_SETPIPE_SZ (F_LINUX_SPECIFIC_BASE + 8 and + 7), which the
        // Glibc module leaves out.
        let getPipeSize: Int32 = 1032, setPipeSize: Int32 = 1031
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return nil }
        let size = fcntl(descriptor, getPipeSize)
        guard size >= 0 else { return nil }
        guard size < pipeBufferSize else { return size }
        let widened = fcntl(descriptor, setPipeSize, pipeBufferSize)
        return widened < 0 ? size : widened
        #else
        return nil
        #endif
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            offset += written
        }
    }
}

/// A failed system call: its `errno`, described by `strerror`.
struct SystemError: Error {
    var code: Int32
    var message: String { String(cString: strerror(code)) }
}

/// Why the output could not be written, or why the run stopped. The description is the message.
enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case cannotWriteStandardOutput(reason: String)
    /// A signal ended the run; `kept` are the outputs that were being written and were left as they were.
    case interrupted(signal: Int32, kept: [String])

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .cannotWriteStandardOutput(let reason):
            return "cannot write to standard output: \(reason)"
        case .interrupted(let signal, let kept):
            let names = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"]
            let name = names[signal] ?? "signal \(signal)"
            guard !kept.isEmpty else { return "interrupted by \(name)" }
            return "interrupted by \(name); \(kept.joined(separator: ", ")) left as it was"
        }
    }
}
