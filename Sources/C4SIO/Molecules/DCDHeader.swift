import Foundation

/// The header of a CHARMM/NAMD DCD trajectory: the `CORD` control record, the title and the atom
/// count, and where the frames start.
public struct DCDHeader: Sendable, Equatable {
    /// Frames the header announces (NSET); writers that stop early leave it larger than the file holds.
    public let announcedFrames: Int
    /// MD step of the first frame (ISTART).
    public let firstStep: Int
    /// MD steps between frames (NSAVC).
    public let stepsBetweenFrames: Int
    /// The MD time step in ps (DELTA converted from AKMA units, 1 AKMA = 48.88821 fs).
    public let timeStep: Double
    /// Number of atoms.
    public let atomCount: Int
    /// Atoms held fixed (NAMNF); frames after the first then store only the free atoms.
    public let fixedAtomCount: Int
    /// True when every frame starts with a unit-cell record (CHARMM flag QCRYS).
    public let hasUnitCell: Bool
    /// True when every frame has a fourth coordinate record (CHARMM flag DIM4).
    public let hasFourthDimension: Bool
    /// CHARMM version (0 for X-PLOR files, whose DELTA is a 64-bit float).
    public let charmmVersion: Int
    /// Title lines (80 characters each, trailing blanks removed).
    public let title: [String]
    /// Byte offset of the first frame.
    let framesOffset: Int
    /// Record framing.
    let layout: FortranRecordLayout

    /// ps per AKMA time unit.
    static let picosecondsPerAKMA = 0.04888821

    /// Reads the header of DCD `data`; `file` names the file in messages.
    /// - Throws: `MolecularFileError` when the first record is not an 84-byte `CORD` record, or a
    ///   header record is damaged.
    init(data: Data, file: String) throws {
        guard let layout = FortranRecordLayout.detect(data, firstRecordLength: 84) else {
            throw MolecularFileError(file: file, line: nil, message: "not a DCD file: the first record marker is not 84 (as 32- or 64-bit, little- or big-endian)")
        }
        self.layout = layout
        let control = try layout.record(data, at: 0, expected: 84, what: "CORD header", file: file)
        guard data[control.lowerBound..<(control.lowerBound + 4)] == Data("CORD".utf8) else {
            throw MolecularFileError(file: file, line: nil, message: "not a DCD file: the first record does not start with `CORD` (VELD velocity files are not read)")
        }
        let icntrl = (0..<20).map { Int(layout.int32(data, at: control.lowerBound + 4 + 4 * $0)) }
        charmmVersion = icntrl[19]
        announcedFrames = icntrl[0]
        firstStep = icntrl[1]
        stepsBetweenFrames = icntrl[2]
        fixedAtomCount = icntrl[8]
        let deltaOffset = control.lowerBound + 4 + 4 * 9
        let delta = charmmVersion == 0 ? layout.float64(data, at: deltaOffset) : Double(layout.float32(data, at: deltaOffset))
        timeStep = delta * Self.picosecondsPerAKMA
        hasUnitCell = charmmVersion != 0 && icntrl[10] != 0
        hasFourthDimension = charmmVersion != 0 && icntrl[11] != 0
        var offset = control.upperBound + layout.markerSize
        let titleRecord = try layout.record(data, at: offset, expected: nil, what: "title", file: file)
        let lineCount = titleRecord.count >= 4 ? Int(layout.int32(data, at: titleRecord.lowerBound)) : -1
        guard lineCount >= 0, titleRecord.count == 4 + 80 * lineCount else {
            throw MolecularFileError(file: file, line: nil, message: "the title record (\(titleRecord.count) bytes) is not a line count followed by that many 80-character lines")
        }
        title = (0..<lineCount).map { i in
            let start = titleRecord.lowerBound + 4 + 80 * i
            return String(decoding: data[start..<(start + 80)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        offset = titleRecord.upperBound + layout.markerSize
        let atomRecord = try layout.record(data, at: offset, expected: 4, what: "atom count", file: file)
        atomCount = Int(layout.int32(data, at: atomRecord.lowerBound))
        guard atomCount > 0 else {
            throw MolecularFileError(file: file, line: nil, message: "the header gives \(atomCount) atoms; a trajectory needs at least one")
        }
        offset = atomRecord.upperBound + layout.markerSize
        if fixedAtomCount > 0 {
            offset = try layout.record(data, at: offset, expected: 4 * (atomCount - fixedAtomCount),
                                       what: "free atom list", file: file).upperBound + layout.markerSize
        }
        framesOffset = offset
    }

    /// Bytes one frame takes in the file: the optional unit-cell record and the x, y, z (and
    /// fourth-dimension) records, markers included.
    var frameSize: Int {
        (hasUnitCell ? layout.recordSize(48) : 0) + (hasFourthDimension ? 4 : 3) * layout.recordSize(4 * atomCount)
    }

    /// Time of frame `i` in ps: (ISTART + i × NSAVC) × DELTA.
    public func time(ofFrame i: Int) -> Double {
        Double(firstStep + i * stepsBetweenFrames) * timeStep
    }
}
