import Foundation

/// The format of a scientific data file, told by its first bytes or, for molecular text formats
/// without a signature, by its name.
public enum FileFormat: Sendable, Equatable {
    /// netCDF classic, 64-bit offset or CDF-5 (`CDF\x01`, `CDF\x02`, `CDF\x05`).
    case netCDFClassic
    /// HDF5, including netCDF-4 and H5MD (`\x89HDF\r\n\x1a\n` at offset 0 or a power-of-two offset from 512).
    case hdf5
    /// A molecular structure, topology or trajectory that is not HDF5: a DCD by its first record
    /// (84-byte `CORD` header, any name), the text formats (PDB, PSF, XYZ, prmtop, mdcrd) by name.
    case molecular(MolecularFileKind)

    /// Reads the signature of a file.
    /// - Throws: `FileFormatError` naming the file when it cannot be read or is no known format.
    public static func detect(_ url: URL) throws -> FileFormat {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw FileFormatError.unreadable(path: url.path)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        if head.count >= 4, head.prefix(3) == Data("CDF".utf8), [1, 2, 5].contains(head[3]) { return .netCDFClassic }
        let signature = Data([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
        if head == signature { return .hdf5 }
        if isDCD(handle) { return .molecular(.dcd) }
        var offset: UInt64 = 512
        let size = (try? handle.seekToEnd()) ?? 0
        while offset + 8 <= size {
            try? handle.seek(toOffset: offset)
            if (try? handle.read(upToCount: 8)) == signature { return .hdf5 }
            offset *= 2
        }
        if let kind = MolecularFileKind(url), kind != .h5md { return .molecular(kind) }
        throw FileFormatError.unknown(path: url.path)
    }

    /// True when the file starts like a DCD: a record marker of 84 (32- or 64-bit, either byte
    /// order) followed by `CORD`.
    private static func isDCD(_ handle: FileHandle) -> Bool {
        try? handle.seek(toOffset: 0)
        let start = (try? handle.read(upToCount: 12)) ?? Data()
        guard start.count == 12 else { return false }
        let cord = Data("CORD".utf8)
        return (start[4..<8] == cord && FortranRecordLayout.detect(start.prefix(4) + Data(count: 84) + start.prefix(4), firstRecordLength: 84) != nil)
            || (start[8..<12] == cord && FortranRecordLayout.detect(start.prefix(8) + Data(count: 84) + start.prefix(8), firstRecordLength: 84) != nil)
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
        case .unknown(let p): "\(p): not an HDF5 or netCDF file (no HDF5 signature, no CDF header) nor a molecular file; c4s inspect reads .h5, .h5md, .nc, .pdb, .psf, .dcd, .xyz, .prmtop and .mdcrd files"
        }
    }
}
