import Foundation

/// How a Fortran unformatted sequential file frames its records: the byte order of its numbers
/// and the size of the length markers written before and after every record.
struct FortranRecordLayout: Equatable {
    /// True for big-endian numbers.
    let bigEndian: Bool
    /// Bytes per record marker: 4 (usual) or 8 (some 64-bit compilers).
    let markerSize: Int

    /// Detects the layout from the first record, whose length must be `firstRecordLength`: both of
    /// its markers read as 32-bit integers in either byte order, or as 64-bit ones.
    static func detect(_ data: Data, firstRecordLength: Int) -> FortranRecordLayout? {
        for markerSize in [4, 8] {
            for bigEndian in [false, true] {
                let layout = FortranRecordLayout(bigEndian: bigEndian, markerSize: markerSize)
                if data.count >= 2 * markerSize + firstRecordLength, layout.marker(data, at: 0) == firstRecordLength,
                   layout.marker(data, at: markerSize + firstRecordLength) == firstRecordLength {
                    return layout
                }
            }
        }
        return nil
    }

    /// The 32-bit signed integer at `offset`.
    func int32(_ data: Data, at offset: Int) -> Int32 {
        let raw = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
        return Int32(bitPattern: bigEndian ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw))
    }

    /// The 32-bit float at `offset`.
    func float32(_ data: Data, at offset: Int) -> Float {
        Float(bitPattern: UInt32(bitPattern: int32(data, at: offset)))
    }

    /// The 64-bit float at `offset`.
    func float64(_ data: Data, at offset: Int) -> Double {
        let raw = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        return Double(bitPattern: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw))
    }

    /// The record length stored in the marker at `offset`.
    func marker(_ data: Data, at offset: Int) -> Int {
        if markerSize == 4 { return Int(int32(data, at: offset)) }
        let raw = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        return Int(truncatingIfNeeded: bigEndian ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw))
    }

    /// Bytes a record of `length` bytes takes in the file, markers included.
    func recordSize(_ length: Int) -> Int {
        length + 2 * markerSize
    }

    /// The payload range of the record starting at `offset`, after checking that both of its
    /// markers hold `expected` (any length when nil) and that it fits in the data.
    /// - Throws: `MolecularFileError` naming `file` and `what` the record is.
    func record(_ data: Data, at offset: Int, expected: Int?, what: String, file: String) throws -> Range<Int> {
        guard offset + markerSize <= data.count else {
            throw MolecularFileError(file: file, line: nil, message: "the file ends at byte \(data.count) before the \(what) record")
        }
        let length = marker(data, at: offset)
        if let expected, length != expected {
            throw MolecularFileError(file: file, line: nil, message: "the \(what) record at byte \(offset) has length \(length), \(expected) expected")
        }
        guard length >= 0, offset + recordSize(length) <= data.count else {
            throw MolecularFileError(file: file, line: nil, message: "the \(what) record at byte \(offset) (length \(length)) runs past the end of the file (\(data.count) bytes)")
        }
        let end = offset + markerSize + length
        guard marker(data, at: end) == length else {
            throw MolecularFileError(file: file, line: nil, message: "the \(what) record at byte \(offset) ends with a marker of \(marker(data, at: end)), not its length \(length)")
        }
        return (offset + markerSize)..<end
    }
}
