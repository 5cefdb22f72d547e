import Foundation

/// Runs the built `frise` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's place in Tests/FriseCLITests.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `frise` binary built next to the test bundle.
    static let binary: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("frise")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/frise")
    }()

    /// Runs `executable` with `arguments`; `environment` adds to (or replaces in) this process's.
    static func run(_ arguments: [String], stdin: String? = nil, executable: URL = binary,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), input = Pipe()
        // Standard error goes to a file so that neither pipe can fill up while the other is read.
        let errURL = try temporaryDirectory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errURL)
        try? FileManager.default.removeItem(at: errURL.deletingLastPathComponent())
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory, inside `testsFolder`.
    static func temporaryDirectory() throws -> URL {
        let url = testsFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder of this test process's temporary directories, removed with all it holds when
    /// the process exits (Swift Testing has no hook after the last test; each test removing its
    /// own left hundreds behind whenever one failed or forgot).
    static let testsFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("frise-cli-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: CLIRunner.testsFolder) }
        return url
    }()
}
