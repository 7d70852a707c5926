import Foundation

/// Reads a CHARMM/NAMD DCD trajectory (Fortran unformatted records, either byte order, 32- or
/// 64-bit record markers): positions in Å, times from ISTART, NSAVC and DELTA, and the unit cell
/// of each frame when the CHARMM flag says there is one. The number of frames comes from the file
/// size, not the header: a header count that disagrees and a truncated last frame are recorded in
/// `notes` (the complete frames before it are read). Files with fixed atoms are refused.
public enum DCDTrajectoryReader {
    /// Reads the header only (cheap: the first few hundred bytes matter).
    /// - Throws: `MolecularFileError` naming the file.
    public static func header(of url: URL) throws -> DCDHeader {
        try DCDHeader(data: read(url), file: url.path)
    }

    /// Reads every complete frame. With `topology`, the atoms are its atoms (names, residues,
    /// charges) and its bonds are kept; its atom count must equal the DCD's.
    /// - Throws: `MolecularFileError` naming the file: damaged records, fixed atoms, or atom counts
    ///   that differ between topology and trajectory.
    public static func read(from url: URL, topology: MolecularTopology? = nil) throws -> MolecularFrames {
        let data = try read(url)
        let header = try DCDHeader(data: data, file: url.path)
        let n = header.atomCount
        if let topology, topology.atoms.count != n {
            throw MolecularFileError(file: url.path, line: nil, message: "the trajectory has \(n) atoms but the topology \(topology.source) has \(topology.atoms.count); pick the topology this trajectory was written with")
        }
        guard header.fixedAtomCount == 0 else {
            throw MolecularFileError(file: url.path, line: nil, message: "\(header.fixedAtomCount) fixed atoms (NAMNF > 0): frames after the first store only the free atoms, which this reader does not expand; write the trajectory without fixed atoms")
        }
        let available = data.count - header.framesOffset
        let frameCount = available / header.frameSize
        var notes: [String] = []
        if available % header.frameSize != 0 {
            notes.append("the last frame is truncated (\(available % header.frameSize) of \(header.frameSize) bytes); the \(frameCount) complete frames before it were read")
        }
        if header.announcedFrames != frameCount {
            notes.append("the header announces \(header.announcedFrames) frames, the file holds \(frameCount)")
        }
        let layout = header.layout
        var frames: [[Double]] = []
        var cells: [UnitCell] = []
        frames.reserveCapacity(frameCount)
        for f in 0..<frameCount {
            var offset = header.framesOffset + f * header.frameSize
            if header.hasUnitCell {
                let record = try layout.record(data, at: offset, expected: 48, what: "unit cell of frame \(f + 1)", file: url.path)
                cells.append(cell((0..<6).map { layout.float64(data, at: record.lowerBound + 8 * $0) }))
                offset = record.upperBound + layout.markerSize
            }
            var positions = [Double](repeating: 0, count: 3 * n)
            for axis in 0..<3 {
                let record = try layout.record(data, at: offset, expected: 4 * n, what: "\(["x", "y", "z"][axis]) of frame \(f + 1)", file: url.path)
                for a in 0..<n { positions[3 * a + axis] = Double(layout.float32(data, at: record.lowerBound + 4 * a)) }
                offset = record.upperBound + layout.markerSize
            }
            frames.append(positions)
        }
        let atoms = topology?.atoms ?? (0..<n).map { AtomRecord(name: "A\($0 + 1)", residueName: "", residueNumber: 0, chain: "", element: "X") }
        return MolecularFrames(atoms: atoms, frames: frames, times: (0..<frameCount).map(header.time(ofFrame:)),
                               source: url.lastPathComponent, cells: header.hasUnitCell ? cells : nil,
                               bonds: topology?.bonds ?? [], notes: notes)
    }

    /// A CHARMM unit-cell record (A, γ, B, β, α, C); angles stored as cosines (CHARMM ≥ c36 and
    /// NAMD write degrees, some CHARMM versions cosines) are converted to degrees.
    private static func cell(_ v: [Double]) -> UnitCell {
        let angles = [v[4], v[3], v[1]]
        let degrees = angles.allSatisfy { abs($0) <= 1 } ? angles.map { acos($0) * 180 / .pi } : angles
        return UnitCell(a: v[0], b: v[2], c: v[5], alpha: degrees[0], beta: degrees[1], gamma: degrees[2])
    }

    private static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
