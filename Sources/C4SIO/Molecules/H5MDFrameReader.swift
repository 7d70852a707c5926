import Foundation

/// Reads positions from an H5MD file (`/particles/<group>/position/value`, shape frames × atoms × 3,
/// with the `unit` attribute: nm is converted to ångström) and the times of the frames.
public enum H5MDFrameReader {
    /// Reads the first particle group that has positions.
    /// - Throws: `MolecularFileError` when there is none, `HDF5Error` when the file cannot be read.
    public static func read(from url: URL) throws -> MolecularFrames {
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        let particles = try file.root.openGroup("particles")
        guard let group = try particles.childNames().first(where: { particles.contains("\($0)/position/value") }) else {
            throw MolecularFileError(file: url.path, line: nil, message: "no /particles/<group>/position/value data set")
        }
        let position = try particles.openGroup("\(group)/position")
        let dataset = try position.openDataset("value")
        let (values, shape) = (try dataset.read(as: Double.self), dataset.shape)
        guard shape.count == 3, shape[2] == 3 else {
            throw MolecularFileError(file: url.path, line: nil, message: "position/value has shape \(shape); H5MD positions are frames × atoms × 3")
        }
        let unit: String
        if case .string(let u)? = try dataset.attribute("unit") { unit = u } else { unit = "nm" }
        let scale = unit == "nm" ? 10.0 : unit == "pm" ? 0.01 : 1.0
        let perFrame = shape[1] * 3
        let frames = (0..<shape[0]).map { f in values[(f * perFrame)..<((f + 1) * perFrame)].map { $0 * scale } }
        let times = position.contains("time") ? try? position.readDataset("time", as: Double.self).values : nil
        let atoms = (0..<shape[1]).map { AtomRecord(name: "P\($0 + 1)", residueName: "", residueNumber: 0, chain: "", element: "X") }
        return MolecularFrames(atoms: atoms, frames: frames, times: times?.count == shape[0] ? times : nil,
                               source: url.lastPathComponent)
    }
}
