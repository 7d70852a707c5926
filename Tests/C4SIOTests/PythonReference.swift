import Foundation
import Testing

/// Debian's /usr/bin/python3 (with python3-h5py from scripts/setup.sh) run as an independent reader.
enum PythonReference {
    static let executable = URL(fileURLWithPath: "/usr/bin/python3")

    /// The standard output of `python3 -c script arguments...`; `environment` adds variables.
    static func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "/usr/bin/python3 is missing (scripts/setup.sh installs python3-h5py)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-c", script] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 failed:\n\(errorText)")
        return String(decoding: data, as: UTF8.self)
    }
}
