import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file output written piece by piece, then put in place whole: the pieces go to a temporary
/// file beside the target (`.NAME.frise-PID-RANDOM.tmp`), which `commit()` flushes to disk and
/// renames over it. An existing output is only ever replaced by a complete one; an interrupted
/// run removes the temporary file (see `Interruption`), and so does a failed write. A device or
/// a pipe (`-o /dev/stdout`) is written in place.
///
/// Memory stays that of one piece, however long the output.
final class OutputFile {
    private let path: String
    private let descriptor: Int32
    /// The temporary file, nil when the target is written in place.
    private let temporary: String?
    private var isOpen = true

    /// Opens the output: creates the temporary file, or opens a device or a pipe.
    init(path: String) throws(OutputError) {
        func failure(_ error: SystemError) -> OutputError { .cannotWrite(path: path, reason: error.message) }
        self.path = path
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR { throw failure(SystemError(code: EISDIR)) }
        if exists, existing.st_mode & S_IFMT != S_IFREG {  // a device or a pipe: no rename possible
            descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(SystemError(code: errno)) }
            temporary = nil
            return
        }
        let temporary = OutputWriter.temporaryPath(for: path)
        do throws(SystemError) {
            descriptor = try Interruption.createTemporary(temporary, for: path)
        } catch {
            throw failure(error)
        }
        if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
        self.temporary = temporary
    }

    deinit { discard() }

    /// Appends `bytes`.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        do throws(SystemError) {
            try OutputWriter.writeAll(bytes, to: descriptor)
        } catch {
            discard()
            throw .cannotWrite(path: path, reason: error.message)
        }
    }

    /// Appends `text`.
    func write(_ text: String) throws(OutputError) {
        var text = text, failure: OutputError?
        text.withUTF8 { bytes in
            do throws(OutputError) { try write(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes the file to disk and renames it over the target.
    func commit() throws(OutputError) {
        guard isOpen else { return }
        do throws(SystemError) {
            if temporary != nil, fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { throw SystemError(code: errno) }
            isOpen = false
            if close(descriptor) != 0, errno != EINTR { throw SystemError(code: errno) }
            if let temporary { try Interruption.commitTemporary(temporary, to: path) }
        } catch {
            if let temporary { Interruption.discardTemporary(temporary) }
            throw .cannotWrite(path: path, reason: error.message)
        }
    }

    /// Closes and removes the temporary file, if it is still there.
    private func discard() {
        guard isOpen else { return }
        isOpen = false
        close(descriptor)
        if let temporary { Interruption.discardTemporary(temporary) }
    }
}
