import C4SCore
import Foundation
import Testing

/// Helpers for the netCDF tests: mirror files, temporary folders, and the independent references
/// (`ncdump`, `ncgen` from netcdf-bin, and Python's netCDF4 package) run as separate processes.
enum NetCDFTestSupport {
    static let ncdump = "/usr/bin/ncdump"
    static let ncgen = "/usr/bin/ncgen"

    /// True when netcdf-bin's `ncdump` and `ncgen` are installed.
    static let hasNetCDFTools = FileManager.default.isExecutableFile(atPath: ncdump)
        && FileManager.default.isExecutableFile(atPath: ncgen)

    /// True when `python3 -c "import netCDF4"` succeeds.
    static let hasPythonNetCDF4: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import netCDF4"])) != nil

    /// The mirror file `carbon/<relativePath>`, required to exist.
    static func carbonFile(_ relativePath: String) throws -> URL {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath),
                                  "no repository root found above \(#filePath)")
        let file = mirror.appendingPathComponent("carbon").appendingPathComponent(relativePath)
        try #require(FileManager.default.fileExists(atPath: file.path),
                     "missing mirrored dataset \(file.path): populate ../shared/datasets")
        return file
    }

    /// Runs `body` with a fresh temporary folder, removed afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("c4s-netcdf-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Writes `cdl` to `<folder>/<name>.cdl` and turns it into `<folder>/<name>.nc` with
    /// `ncgen -k <kind>` (kind: `classic`, `nc4`, …).
    static func generate(_ cdl: String, name: String, kind: String, in folder: URL) throws -> URL {
        let source = folder.appendingPathComponent("\(name).cdl")
        let output = folder.appendingPathComponent("\(name).nc")
        try cdl.write(to: source, atomically: true, encoding: .utf8)
        _ = try run(ncgen, ["-k", kind, "-o", output.path, source.path])
        return output
    }

    /// The standard output of `executable arguments…` with `environment` added to this process's
    /// variables; throws when it exits with a failure.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ProcessFailure(command: ([executable] + arguments).joined(separator: " "),
                                 status: process.terminationStatus,
                                 standardError: String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A reference process that exited with a failure.
    struct ProcessFailure: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        let standardError: String
        var description: String { "\(command) exited with \(status): \(standardError)" }
    }
}
