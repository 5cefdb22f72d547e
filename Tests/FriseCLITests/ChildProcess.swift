import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `frise` run that the test spawns and reaps itself, so that it can signal the
/// process and read its peak memory, which `Process` hides.
///
/// On Linux `wait4`'s `ru_maxrss` is not the child's alone: `posix_spawn` runs the child in this
/// process's memory until `exec`, and `exec` files the peak of that memory as the child's, so
/// every child of a test process grown past 300 MB looked 300 MB big (CI failed so). The peak is
/// therefore `ru_maxrss` when it is above this process's own peak (then it is the child's), and
/// else the child's own high-water mark (`VmHWM` in /proc/PID/status), read every few
/// milliseconds while it runs.
///
/// Standard output and error go to files in a fresh temporary folder; SIGINT, SIGTERM
/// and SIGHUP start with their default action and unblocked, whatever the test runner does.
final class ChildProcess {
    struct Outcome {
        /// The exit status, nil when a signal killed the process.
        var status: Int32?
        /// The signal that killed the process, if one did.
        var signal: Int32?
        var stdout: String
        var stderr: String
        /// The peak resident memory, in bytes.
        var peakMemory: Int
        var elapsed: Duration
    }

    let pid: pid_t
    private let outputFolder: URL
    private let started = ContinuousClock.now
    private var watcher: PeakWatcher?

    /// Starts `executable` (the built `frise` by default) with `arguments`; standard input
    /// reads `standardInput` (a path; `/dev/null` by default) and standard output goes to
    /// `standardOutput` when given.
    init(
        _ arguments: [String], executable: String = CLIRunner.binary.path, standardInput: String = "/dev/null",
        standardOutput: String? = nil
    ) throws {
        outputFolder = try CLIRunner.temporaryDirectory()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        let stdoutPath = standardOutput ?? outputFolder.appendingPathComponent("stdout").path
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(
            &actions, 2, outputFolder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        self.pid = pid
        watcher = PeakWatcher(pid: pid)
    }

    deinit { try? FileManager.default.removeItem(at: outputFolder) }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the process to end.
    func wait() -> Outcome {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = ContinuousClock.now - started
        let watched = watcher?.stop() ?? 0
        let reported = usage.ru_maxrss * 1024
        let peakMemory = reported > (PeakWatcher.highWaterMark(of: "self") ?? 0) ? reported : watched
        let killedBy = status & 0x7F
        func read(_ name: String) -> String {
            (try? String(contentsOf: outputFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return Outcome(
            status: killedBy == 0 ? (status >> 8) & 0xFF : nil, signal: killedBy == 0 ? nil : killedBy,
            stdout: read("stdout"), stderr: read("stderr"), peakMemory: peakMemory, elapsed: elapsed)
    }

    /// Runs `frise` with `arguments` to its end.
    static func run(_ arguments: [String], standardInput: String = "/dev/null") throws -> Outcome {
        try ChildProcess(arguments, standardInput: standardInput).wait()
    }
}

/// Reads a running process's resident high-water mark every two milliseconds, until stopped.
final class PeakWatcher: @unchecked Sendable {
    // Sendable: `peak` and `stopped` are read and written under `lock`.
    private let lock = NSLock()
    private var peak = 0
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    init(pid: pid_t) {
        Thread.detachNewThread { [self] in
            while true {
                let now = Self.highWaterMark(of: String(pid))
                lock.lock()
                if let now { peak = max(peak, now) }
                let done = stopped
                lock.unlock()
                if done || now == nil { break }  // nil: the process has exited
                usleep(2000)
            }
            finished.signal()
        }
    }

    /// The highest mark read; waits for the reading thread to end.
    func stop() -> Int {
        lock.lock()
        stopped = true
        lock.unlock()
        finished.wait()
        lock.lock()
        defer { lock.unlock() }
        return peak
    }

    /// `VmHWM` of /proc/`process`/status in bytes ("self" for this process); nil once the
    /// process has exited.
    static func highWaterMark(of process: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }
}

/// A TCP socket listening on 127.0.0.1 that records whether anyone connected to it.
final class LocalListener {
    private let socket: Int32
    let port: UInt16

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                Glibc.bind(socket, generic, length) == 0 && listen(socket, 16) == 0
                    && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(socket, F_SETFL, O_NONBLOCK)
    }

    deinit { close(socket) }

    /// Whether a connection is waiting to be accepted.
    var wasContacted: Bool {
        let connection = accept(socket, nil, nil)
        if connection >= 0 { close(connection) }
        return connection >= 0
    }
}
