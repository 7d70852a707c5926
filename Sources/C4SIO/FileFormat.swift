import Foundation

/// The container format of a scientific data file, told by its first bytes.
public enum FileFormat: Sendable, Equatable {
    /// netCDF classic, 64-bit offset or CDF-5 (`CDF\x01`, `CDF\x02`, `CDF\x05`).
    case netCDFClassic
    /// HDF5, including netCDF-4 (`\x89HDF\r\n\x1a\n` at offset 0 or a power-of-two offset from 512).
    case hdf5

    /// Reads the signature of a file.
    /// - Throws: `FileFormatError` naming the file when it cannot be read or is neither format.
    public static func detect(_ url: URL) throws -> FileFormat {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw FileFormatError.unreadable(path: url.path)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        if head.count >= 4, head.prefix(3) == Data("CDF".utf8), [1, 2, 5].contains(head[3]) { return .netCDFClassic }
        let signature = Data([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
        if head == signature { return .hdf5 }
        var offset: UInt64 = 512
        let size = (try? handle.seekToEnd()) ?? 0
        while offset + 8 <= size {
            try? handle.seek(toOffset: offset)
            if (try? handle.read(upToCount: 8)) == signature { return .hdf5 }
            offset *= 2
        }
        throw FileFormatError.unknown(path: url.path)
    }

    /// True when the name says netCDF (`.nc`, `.nc4`, `.cdf`); netCDF-4 files with other names are
    /// told by `netCDF4Attribute` on their root group.
    public static func hasNetCDFName(_ url: URL) -> Bool {
        ["nc", "nc4", "cdf"].contains(url.pathExtension.lowercased())
    }

    /// The root attribute that netCDF-4 (since 4.4.1) writes into every file it creates.
    public static let netCDF4Attribute = "_NCProperties"
}

/// A file that is neither netCDF nor HDF5, or cannot be read.
public enum FileFormatError: Error, CustomStringConvertible, Sendable, Equatable {
    case unreadable(path: String)
    case unknown(path: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .unreadable(let p): "\(p): cannot open the file (missing or not readable)"
        case .unknown(let p): "\(p): not an HDF5 or netCDF file (no HDF5 signature, no CDF header); c4s inspect reads .h5, .h5md and .nc files"
        }
    }
}
