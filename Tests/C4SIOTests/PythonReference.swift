import Foundation
import Testing

/// Debian's /usr/bin/python3 (with python3-h5py from scripts/setup.sh) run as an independent reader.
enum PythonReference {
    static let executable = URL(fileURLWithPath: "/usr/bin/python3")

    /// The standard output of `python3 -c script arguments...`; `environment` adds variables.
    static func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "/usr/bin/python3 is missing (scripts/setup.sh installs python3-h5py)")
        return try NetCDFTestSupport.run(executable.path, ["-c", script] + arguments, environment: environment)
    }
}
