import ChildPeakMemory
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `frise` run that the test spawns and reaps itself, so that it can signal the
/// process and read its peak memory (`ChildPeakMemory`: `wait4`'s alone counted the test
/// process's own, and CI failed once it passed 300 MB), which `Process` hides.
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
    private var watcher: ChildPeakMemory?

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
        watcher = ChildPeakMemory(pid: pid)
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
        let peakMemory = watcher?.peak(reaped: usage.ru_maxrss * 1024) ?? 0
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
