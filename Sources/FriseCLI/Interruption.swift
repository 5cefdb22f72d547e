import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Ends an interrupted run cleanly: no half-written output is ever left behind.
///
/// Once `install()` has run, SIGINT, SIGTERM and SIGHUP no longer kill the process
/// outright: a dispatch source catches them on a queue of its own (the main thread may
/// be busy for minutes), removes the temporary files of the outputs being written, says
/// so on standard error and exits with 128 + the signal's number (130, 143, 129). A
/// signal the process was started ignoring (`nohup`, a background job) stays ignored.
///
/// Temporary files are created, renamed and removed under one lock that the handler
/// takes and never releases: it sees either no temporary file yet, or a registered one,
/// or one already renamed into place, never one in between.
enum Interruption {
    private static let state = InterruptionState()

    /// Installs the handlers; later calls do nothing.
    static func install() { state.install() }

    /// Creates `path` exclusively for writing and registers it for removal on interruption.
    static func createTemporary(_ path: String, for target: String) throws(SystemError) -> Int32 {
        install()
        let (descriptor, code) = state.locked { temporaries in
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { temporaries[path] = target }
            return (descriptor, errno)
        }
        guard descriptor >= 0 else { throw SystemError(code: code) }
        return descriptor
    }

    /// Renames a temporary file over its target and forgets it.
    static func commitTemporary(_ path: String, to target: String) throws(SystemError) {
        let (result, code) = state.locked { temporaries in
            let result = rename(path, target)
            if result == 0 { temporaries[path] = nil }
            return (result, errno)
        }
        guard result == 0 else { throw SystemError(code: code) }
    }

    /// Removes a temporary file and forgets it.
    static func discardTemporary(_ path: String) {
        state.locked { temporaries in
            unlink(path)
            temporaries[path] = nil
        }
    }
}

/// The temporary files being written, and the signal sources that watch for interruptions.
private final class InterruptionState: @unchecked Sendable {
    // Sendable: every stored property is read and written under `lock`.
    private let lock = NSLock()
    /// Temporary path → the output it will replace.
    private var temporaries: [String: String] = [:]
    private var sources: [DispatchSourceSignal] = []
    private var installed = false
    private let queue = DispatchQueue(label: "frise.interruption")

    func locked<T>(_ body: (inout [String: String]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&temporaries)
    }

    func install() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(signalNumber, SIG_IGN)
            if Self.isIgnore(previous) { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in self.interrupt(by: signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the temporary files and ends the process; the lock is never released.
    private func interrupt(by signalNumber: Int32) -> Never {
        lock.lock()
        for path in temporaries.keys { unlink(path) }
        Diagnostics.report(OutputError.interrupted(signal: signalNumber, kept: temporaries.values.sorted()).description)
        _exit(128 + signalNumber)
    }

    private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
