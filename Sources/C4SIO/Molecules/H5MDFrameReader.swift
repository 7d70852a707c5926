import Foundation

/// Reads an H5MD file: positions (`/particles/<group>/position/value`, frames × atoms × 3) in Å
/// from their `unit` attribute (Å when absent), frame times in ps, periodic cells from
/// `box/edges` (frames × 3 × 3 vectors or frames × 3 lengths), the scalar series under
/// `/observables`, and the atoms from `/parameters/c4s/atoms` when this workbench wrote the file
/// (otherwise atoms are named `P1`, `P2`, ...).
public enum H5MDFrameReader {
    /// Reads the first particle group that has positions.
    /// - Throws: `MolecularFileError` when there is none or a unit is unknown, `HDF5Error` when the
    ///   file cannot be read.
    public static func read(from url: URL) throws -> MolecularFrames {
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        func reject(_ message: String) -> MolecularFileError { MolecularFileError(file: url.path, line: nil, message: message) }
        let particles = try file.root.openGroup("particles")
        guard let group = try particles.childNames().first(where: { particles.contains("\($0)/position/value") }) else {
            throw reject("no /particles/<group>/position/value data set")
        }
        let position = try particles.openGroup("\(group)/position")
        let dataset = try position.openDataset("value")
        let (values, shape) = (try dataset.read(as: Double.self), dataset.shape)
        guard shape.count == 3, shape[2] == 3 else {
            throw reject("position/value has shape \(shape); H5MD positions are frames × atoms × 3")
        }
        let unit = try stringAttribute("unit", of: dataset) ?? "Angstrom"
        guard let scale = H5MDUnits.angstroms(per: unit) else {
            throw reject("position unit `\(unit)` is not a length this reader knows (Angstrom, nm, pm, fm)")
        }
        let perFrame = shape[1] * 3
        let frames = (0..<shape[0]).map { f in values[(f * perFrame)..<((f + 1) * perFrame)].map { $0 * scale } }
        let times = try seriesTimes(position, file: url.path)
        let atoms = try topology(file, count: shape[1])
            ?? (0..<shape[1]).map { AtomRecord(name: "P\($0 + 1)", residueName: "", residueNumber: 0, chain: "", element: "X") }
        return MolecularFrames(atoms: atoms, frames: frames, times: times?.count == shape[0] ? times : nil,
                               source: url.lastPathComponent, cells: try cells(particles, group: group, frames: shape[0], file: url.path),
                               observables: try observables(file, path: url.path))
    }

    private static func stringAttribute(_ name: String, of dataset: HDF5Dataset) throws -> String? {
        if case .string(let s)? = try dataset.attribute(name) { return s }
        return nil
    }

    /// The `time` data set of an H5MD element in ps, if present.
    private static func seriesTimes(_ element: HDF5Group, file: String) throws -> [Double]? {
        guard element.contains("time") else { return nil }
        let time = try element.openDataset("time")
        let unit = try stringAttribute("unit", of: time) ?? "ps"
        guard let scale = H5MDUnits.picoseconds(per: unit) else {
            throw MolecularFileError(file: file, line: nil, message: "\(time.path) has unit `\(unit)`; known time units are ps, fs, ns, AKMA")
        }
        return try time.read(as: Double.self).map { $0 * scale }
    }

    /// Cells from `box/edges/value` when the box is periodic and has one entry per frame.
    private static func cells(_ particles: HDF5Group, group: String, frames: Int, file: String) throws -> [UnitCell]? {
        guard particles.contains("\(group)/box/edges/value") else { return nil }
        let dataset = try particles.openDataset("\(group)/box/edges/value")
        let scale = H5MDUnits.angstroms(per: try stringAttribute("unit", of: dataset) ?? "Angstrom") ?? 1
        let values = try dataset.read(as: Double.self).map { $0 * scale }
        switch dataset.shape {
        case [frames, 3, 3]:
            return (0..<frames).map { UnitCell(edgeVectors: Array(values[(9 * $0)..<(9 * $0 + 9)])) }
        case [frames, 3]:
            return (0..<frames).map { UnitCell(a: values[3 * $0], b: values[3 * $0 + 1], c: values[3 * $0 + 2], alpha: 90, beta: 90, gamma: 90) }
        default:
            return nil
        }
    }

    /// Every scalar series under `/observables` (value of one dimension with a step or time).
    private static func observables(_ file: HDF5File, path: String) throws -> [TrajectoryObservable] {
        guard file.root.contains("observables") else { return [] }
        let group = try file.root.openGroup("observables")
        return try group.childNames().compactMap { name -> TrajectoryObservable? in
            guard group.contains("\(name)/value") else { return nil }
            let element = try group.openGroup(name)
            let value = try element.openDataset("value")
            guard value.shape.count == 1 else { return nil }
            let values = try value.read(as: Double.self)
            let times = try seriesTimes(element, file: path).flatMap { $0.count == values.count ? $0 : nil }
            return TrajectoryObservable(name: name, unit: try stringAttribute("unit", of: value) ?? "",
                                        times: times ?? values.indices.map(Double.init), values: values)
        }
    }

    /// The atoms stored by this workbench's writer, when present and of the right count.
    private static func topology(_ file: HDF5File, count: Int) throws -> [AtomRecord]? {
        guard file.root.contains("parameters/c4s/atoms/name") else { return nil }
        let atoms = try file.root.openGroup("parameters/c4s/atoms")
        let names = try atoms.readStrings("name")
        let residues = try atoms.readStrings("residue_name")
        let numbers = try atoms.readDataset("residue_number", as: Int64.self).values
        let chains = try atoms.readStrings("chain")
        let elements = try atoms.readStrings("element")
        guard [names.count, residues.count, numbers.count, chains.count, elements.count].allSatisfy({ $0 == count }) else { return nil }
        return (0..<count).map {
            AtomRecord(name: names[$0], residueName: residues[$0], residueNumber: Int(numbers[$0]), chain: chains[$0], element: elements[$0])
        }
    }
}
