import C4SCore
import C4SIO
import Foundation
import Testing

/// Helpers shared by the HDF5 tests: temporary folders, the shared dataset mirror, and `h5dump`
/// as an independent reader of the files this module writes.
enum HDF5TestSupport {
    /// A fresh, empty folder; the caller removes it (see `withTemporaryFolder`).
    static func makeTemporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("c4s-hdf5-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `body` with a fresh folder, removed afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// A file in the shared mirror (`../shared/datasets/<relativePath>`), required to exist.
    static func mirrorFile(_ relativePath: String) throws -> URL {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath),
                                  "the repository root (Package.swift + datasets/catalog.json) was not found above this test file")
        let file = mirror.appendingPathComponent(relativePath)
        try #require(FileManager.default.fileExists(atPath: file.path),
                     "missing mirrored dataset \(file.path): populate ../shared/datasets")
        return file
    }
}

/// `h5dump` (HDF5's own command-line reader) run as a separate process.
enum H5Dump {
    static let executable = URL(fileURLWithPath: "/usr/bin/h5dump")

    /// The standard output of `h5dump arguments...`; throws when it exits with a failure.
    static func run(_ arguments: [String]) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "h5dump is not installed at \(executable.path) (apt-get install hdf5-tools)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0, "h5dump \(arguments.joined(separator: " ")) failed:\n\(text)")
        return text
    }

    /// A dataset or attribute as `h5dump -w 0 -y` prints it.
    struct Listing {
        /// The text after `DATATYPE` on its first line, e.g. `H5T_IEEE_F64LE` or `H5T_STRING {`.
        let datatype: String
        /// The whole datatype block (several lines for strings).
        let datatypeBlock: String
        /// `[]` for `SCALAR`, else the current dimensions.
        let shape: [Int]
        /// The comma-separated items of the DATA block, trimmed.
        let items: [String]

        /// The items as numbers.
        var numbers: [Double] { items.compactMap(Double.init) }
        /// The items as strings, quotes removed.
        var strings: [String] {
            items.map { $0.hasPrefix("\"") && $0.hasSuffix("\"") && $0.count >= 2 ? String($0.dropFirst().dropLast()) : $0 }
        }
    }

    /// `h5dump -w 0 -y -d path file`, parsed.
    static func dataset(_ path: String, in file: URL) throws -> Listing {
        try parse(run(["-w", "0", "-y", "-d", path, file.path]))
    }

    /// `h5dump -w 0 -y -a path file` (path is `/object/attribute`), parsed.
    static func attribute(_ path: String, in file: URL) throws -> Listing {
        try parse(run(["-w", "0", "-y", "-a", path, file.path]))
    }

    /// `h5dump -p -H -d path file`: the dataset's storage properties (layout, filters) as text.
    static func properties(_ path: String, in file: URL) throws -> String {
        try run(["-p", "-H", "-d", path, file.path])
    }

    private static func parse(_ text: String) throws -> Listing {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let typeIndex = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("DATATYPE") },
                                     "no DATATYPE in h5dump output:\n\(text)")
        let datatype = lines[typeIndex].trimmingCharacters(in: .whitespaces)
            .dropFirst("DATATYPE".count).trimmingCharacters(in: .whitespaces)
        var typeEnd = typeIndex
        if datatype.hasSuffix("{") {
            while typeEnd < lines.count - 1, lines[typeEnd].trimmingCharacters(in: .whitespaces) != "}" { typeEnd += 1 }
        }
        let spaceLine = try #require(lines.first { $0.contains("DATASPACE") }, "no DATASPACE in:\n\(text)")
        var shape: [Int] = []
        if !spaceLine.contains("SCALAR"),
           let open = spaceLine.firstIndex(of: "("), let close = spaceLine.firstIndex(of: ")") {
            shape = spaceLine[spaceLine.index(after: open)..<close].split(separator: ",")
                .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        var items: [String] = []
        if let dataIndex = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "DATA {" }) {
            var body: [String] = []
            for line in lines[(dataIndex + 1)...] {
                if line.trimmingCharacters(in: .whitespaces) == "}" { break }
                body.append(line)
            }
            items = body.joined(separator: " ").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return Listing(datatype: datatype, datatypeBlock: lines[typeIndex...typeEnd].joined(separator: "\n"),
                       shape: shape, items: items)
    }
}
