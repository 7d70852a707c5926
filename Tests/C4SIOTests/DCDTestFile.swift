import Foundation

/// Builds small DCD files byte by byte for tests: an encoder written from the CHARMM format
/// description, independent of the reader (byte order, marker size, unit cell, fixed atoms).
struct DCDTestFile {
    var bigEndian = false
    var markerSize = 4
    var istart: Int32 = 10
    var nsavc: Int32 = 5
    /// DELTA in AKMA units.
    var delta: Float = 0.5 / 0.04888821
    var announcedFrames: Int32?
    var fixedAtoms: Int32 = 0
    /// (A, γ, B, β, α, C) per frame, or nil for no unit cell.
    var cells: [[Double]]?
    /// Positions per frame, x y z per atom.
    var frames: [[Float]]
    let atoms: Int

    private func int32(_ v: Int32) -> Data {
        withUnsafeBytes(of: bigEndian ? v.bigEndian : v.littleEndian) { Data($0) }
    }

    private func marker(_ length: Int) -> Data {
        markerSize == 4 ? int32(Int32(length))
            : withUnsafeBytes(of: bigEndian ? Int64(length).bigEndian : Int64(length).littleEndian) { Data($0) }
    }

    private func record(_ payload: Data) -> Data {
        marker(payload.count) + payload + marker(payload.count)
    }

    private func float32(_ v: Float) -> Data { int32(Int32(bitPattern: v.bitPattern)) }

    private func float64(_ v: Double) -> Data {
        withUnsafeBytes(of: bigEndian ? v.bitPattern.bigEndian : v.bitPattern.littleEndian) { Data($0) }
    }

    var data: Data {
        var control = Data("CORD".utf8)
        var icntrl = [Int32](repeating: 0, count: 20)
        icntrl[0] = announcedFrames ?? Int32(frames.count)
        icntrl[1] = istart
        icntrl[2] = nsavc
        icntrl[8] = fixedAtoms
        icntrl[10] = cells == nil ? 0 : 1
        icntrl[19] = 24
        for (i, v) in icntrl.enumerated() { control += i == 9 ? float32(delta) : int32(v) }
        var out = record(control)
        let title = "* TEST".padding(toLength: 80, withPad: " ", startingAt: 0)
        out += record(int32(1) + Data(title.utf8))
        out += record(int32(Int32(atoms)))
        if fixedAtoms > 0 { out += record((1...(atoms - Int(fixedAtoms))).reduce(Data()) { $0 + int32(Int32($1)) }) }
        for (f, frame) in frames.enumerated() {
            if let cells { out += record(cells[f].reduce(Data()) { $0 + float64($1) }) }
            for axis in 0..<3 {
                out += record((0..<atoms).reduce(Data()) { $0 + float32(frame[3 * $1 + axis]) })
            }
        }
        return out
    }
}
