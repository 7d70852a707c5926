import Foundation

/// The `c4s` binary built next to this test bundle, and a way to run it.
enum BuiltProduct {
    /// Path of the `c4s` executable (in the folder of the test bundle).
    static var c4s: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("c4s")
    }

    /// Output of one run.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `c4s` with arguments and extra environment, waits, and returns its output.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let process = Process()
        process.executableURL = c4s
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }
}
