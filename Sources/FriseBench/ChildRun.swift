import ChildPeakMemory
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of the `frise` binary: its wall time, its peak memory (see `ChildPeakMemory`) and
/// the records it printed, counted as they stream through a pipe (nothing is kept).
struct ChildRun {
    var arguments: [String]
    var status: Int32
    var elapsed: Duration
    /// Peak resident memory of the child, in bytes.
    var peakMemory: Int
    /// Lines printed (LF), and CSV records (CRLF).
    var lines: Int
    var crlfLines: Int
    /// The end of standard error, for messages.
    var errorTail: String

    var seconds: Double { Self.seconds(elapsed) }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Runs `executable` with `arguments` to its end.
    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw BenchError("pipe: \(String(cString: strerror(errno)))") }
        // A pipe of 1 MiB (the most Linux lets a user ask for by default), not 64 KiB: frise
        // writes its output a piece of many rows at a time, and each time the pipe is full it
        // waits for the bench to read.
        _ = fcntl(pipe[1], 1031 /* F_SETPIPE_SZ */, 1 << 20)
        let errorPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("frise-bench-stderr-\(getpid())").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let started = ContinuousClock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        // Every 20 ms: the runs measured last a tenth of a second and more, and the high-water
        // mark only rises, so a later reading misses little.
        let memory = ChildPeakMemory(pid: pid, interval: 20_000)
        var counter = LineCounter()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let got = read(pipe[0], buffer.baseAddress, buffer.count)
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            counter.count(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = ContinuousClock.now - started
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        unlink(errorPath)
        return ChildRun(
            arguments: arguments, status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            elapsed: elapsed, peakMemory: memory.peak(reaped: usage.ru_maxrss * 1024), lines: counter.lines, crlfLines: counter.crlf,
            errorTail: String(errors.suffix(400)))
    }
}

extension ChildRun {
    /// Runs `count` copies of `executable` at once; the seconds until the last has ended.
    static func sideBySide(_ executable: String, _ arguments: [String], count: Int) throws -> Double {
        let outcomes = ThreadSlots<Result<ChildRun, any Error>?>(count: count, initial: nil)
        let started = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: count) { index in
            outcomes.store(Result { try run(executable, arguments) }, at: index)
        }
        let elapsed = seconds(ContinuousClock.now - started)
        for outcome in outcomes.all { _ = try outcome!.get().succeeded() }
        return elapsed
    }

    /// The run, or an error naming it and quoting its last words when frise failed.
    func succeeded() throws -> ChildRun {
        guard status == 0 else {
            throw BenchError("frise \(arguments.joined(separator: " ")) exited with \(status): \(errorTail)")
        }
        return self
    }
}

/// Values that threads store, each in its own place, read once they have all ended (memory of
/// their own: an array written from several threads is one variable mutated by all of them).
final class ThreadSlots<Value>: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<Value>

    init(count: Int, initial: Value) {
        values = .allocate(capacity: count)
        values.initialize(repeating: initial)
    }

    deinit {
        values.deinitialize()
        values.deallocate()
    }

    func store(_ value: Value, at index: Int) { values[index] = value }

    /// Read once the threads that store have ended.
    var all: [Value] { Array(values) }
}

/// Counts LF and CRLF line ends in a stream of chunks.
struct LineCounter {
    var lines = 0
    var crlf = 0
    private var lastWasCR = false

    /// Counts the line feeds of the next bytes of the output. Found with `memchr`: a loop over
    /// every byte took a fifth of a core as long as frise's own run of `tag` on two jobs, a core
    /// the measured run then shared with the bench.
    mutating func count(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var at = 0
        while at < bytes.count, let found = memchr(base + at, 0x0A, bytes.count - at) {
            let index = base.distance(to: UnsafeRawPointer(found))
            lines += 1
            if index > 0 ? bytes[index - 1] == 0x0D : lastWasCR { crlf += 1 }
            at = index + 1
        }
        lastWasCR = bytes[bytes.count - 1] == 0x0D
    }
}
