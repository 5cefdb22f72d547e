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
