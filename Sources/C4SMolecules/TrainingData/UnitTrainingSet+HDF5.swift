import C4SIO
import Foundation

/// The HDF5 layout of a `UnitTrainingSet`.
///
/// Root attributes: `format` (`c4s-unit-training-set`), `format_version` (1), `method`,
/// `program_version`, `seed`, `generator`, `energy_units` (`kcal/mol`), `force_units` (`kcal/mol/A`),
/// `length_units` (`A`). One group per unit kind, `/units/NN_LABEL` (NN = `UnitKind.code`, two
/// digits; LABEL = `UnitKind.label` with spaces as `_`, e.g. `/units/01_ACE-ALA-NME`), with
/// attributes `kind_code`, `label`, `charge` and, for n atoms and m conformations, the datasets
/// `atomic_numbers` int32 [n], `elements`, `atom_names`, `residue_names` (strings [n]),
/// `residue_numbers` int32 [n], `positions` f64 [m, n, 3] Å, `energies` f64 [m] kcal/mol,
/// `forces` f64 [m, n, 3] kcal/mol/Å, `split` int32 [m] (0 train, 1 validation, 2 test),
/// `origin` int32 [m] (`ConformationOrigin` raw values), `candidate_index` int32 [m].
extension UnitTrainingSet {
    /// The value of the root attribute `format`.
    public static let formatName = "c4s-unit-training-set"
    /// The layout version this code writes and reads.
    public static let formatVersion: Int64 = 1

    /// The group name of `kind` under `/units`, e.g. `01_ACE-ALA-NME`.
    public static func groupName(of kind: UnitKind) -> String {
        let code = kind.code < 10 ? "0\(kind.code)" : "\(kind.code)"
        return "\(code)_\(kind.label.replacingOccurrences(of: " ", with: "_"))"
    }

    /// Writes the set to `path` atomically: the file at `path` is either left as it was or
    /// replaced by the complete new file.
    /// - Throws: `HDF5Error` naming the file when it cannot be written.
    public func write(path: String) throws {
        try HDF5File.writeAtomically(to: URL(fileURLWithPath: path)) { file in
            let root = file.root
            try root.setAttribute("format", .string(Self.formatName))
            try root.setAttribute("format_version", .int(Self.formatVersion))
            try root.setAttribute("method", .string(method))
            try root.setAttribute("program_version", .string(programVersion))
            try root.setAttribute("seed", .string(String(seed)))
            try root.setAttribute("generator", .string(generator))
            try root.setAttribute("energy_units", .string("kcal/mol"))
            try root.setAttribute("force_units", .string("kcal/mol/A"))
            try root.setAttribute("length_units", .string("A"))
            let units = try root.createGroup("units")
            for set in sets { try Self.write(set, into: units.createGroup(Self.groupName(of: set.kind))) }
        }
    }

    private static func write(_ set: UnitConformationSet, into group: HDF5Group) throws {
        let n = set.atoms.count, m = set.count
        try group.setAttribute("kind_code", .int(Int64(set.kind.code)))
        try group.setAttribute("label", .string(set.kind.label))
        try group.setAttribute("charge", .int(Int64(set.charge)))
        let numbers = set.atoms.map { Int32(ChemicalElement.atomicNumber($0.element) ?? 0) }
        try group.writeDataset("atomic_numbers", values: numbers, shape: [n])
        try group.writeStrings("elements", set.atoms.map(\.element))
        try group.writeStrings("atom_names", set.atoms.map(\.name))
        try group.writeStrings("residue_names", set.atoms.map(\.residueName))
        try group.writeDataset("residue_numbers", values: set.atoms.map { Int32($0.residueNumber) }, shape: [n])
        let flat: ([[SIMD3<Double>]]) -> [Double] = { $0.flatMap { $0.flatMap { [$0.x, $0.y, $0.z] } } }
        try group.writeDataset("positions", values: flat(set.positions), shape: [m, n, 3], deflateLevel: 4)
            .setAttribute("units", .string("A"))
        try group.writeDataset("energies", values: set.energies, shape: [m], deflateLevel: 4)
            .setAttribute("units", .string("kcal/mol"))
        try group.writeDataset("forces", values: flat(set.forces), shape: [m, n, 3], deflateLevel: 4)
            .setAttribute("units", .string("kcal/mol/A"))
        try group.writeDataset("split", values: set.split.map { Int32($0.rawValue) }, shape: [m])
            .setAttribute("meaning", .string("0 train, 1 validation, 2 test"))
        try group.writeDataset("origin", values: set.origin.map { Int32($0.rawValue) }, shape: [m])
            .setAttribute("meaning", .string(ConformationOrigin.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: ", ")))
        try group.writeDataset("candidate_index", values: set.candidateIndex.map(Int32.init), shape: [m])
    }

    /// Reads a training set written by `write(path:)`.
    /// - Throws: `HDF5Error` naming the file when it is missing, not HDF5 or lacks a dataset;
    ///   `TrainingDataError` naming the file and group when the contents are not a valid training
    ///   set (wrong format, unknown kind code, shapes that disagree, unknown split or origin codes,
    ///   non-finite numbers).
    public static func read(path: String) throws -> UnitTrainingSet {
        let file = try HDF5File.open(at: URL(fileURLWithPath: path))
        defer { try? file.close() }
        let root = file.root
        func reject(_ object: String, _ reason: String) -> TrainingDataError {
            TrainingDataError(location: "\(path):\(object)", reason: reason)
        }
        guard case .string(formatName)? = try root.attribute("format") else {
            throw reject("/", "not a unit training set (root attribute format is not '\(formatName)')")
        }
        guard case .int(let version)? = try root.attribute("format_version"), version == formatVersion else {
            throw reject("/", "format_version must be \(formatVersion)")
        }
        func text(_ name: String) throws -> String {
            if case .string(let value)? = try root.attribute(name) { return value }
            throw reject("/", "root attribute \(name) is missing or not a string")
        }
        guard let seed = UInt64(try text("seed")) else { throw reject("/", "root attribute seed is not an unsigned integer") }
        guard root.contains("units") else { throw reject("/units", "group is missing") }
        let units = try root.openGroup("units")
        var sets: [UnitConformationSet] = []
        for name in try units.childNames() {
            let group = try units.openGroup(name)
            let set = try readSet(group, reject: { reject(group.path, $0) })
            guard !sets.contains(where: { $0.kind == set.kind }) else { throw reject(group.path, "a second group of kind \(set.kind.label)") }
            sets.append(set)
        }
        return UnitTrainingSet(sets: sets, method: try text("method"), programVersion: try text("program_version"),
                               seed: seed, generator: try text("generator"))
    }

    private static func readSet(_ group: HDF5Group, reject: (String) -> TrainingDataError) throws -> UnitConformationSet {
        guard case .int(let code)? = try group.attribute("kind_code"), let kind = UnitKind(code: Int(code)) else {
            throw reject("attribute kind_code is missing or not 0...21")
        }
        guard case .int(let charge)? = try group.attribute("charge") else { throw reject("attribute charge is missing or not an integer") }
        let elements = try group.readStrings("elements")
        let n = elements.count
        guard n > 0 else { throw reject("no atoms") }
        let names = try group.readStrings("atom_names"), residues = try group.readStrings("residue_names")
        let residueNumbers = try group.readDataset("residue_numbers", as: Int32.self).values
        let numbers = try group.readDataset("atomic_numbers", as: Int32.self).values
        guard names.count == n, residues.count == n, residueNumbers.count == n, numbers.count == n else {
            throw reject("elements, atom_names, residue_names, residue_numbers and atomic_numbers must all have \(n) entries")
        }
        for (i, element) in elements.enumerated() where ChemicalElement.atomicNumber(element).map(Int32.init) != numbers[i] {
            throw reject("atom \(i) element '\(element)' does not match atomic number \(numbers[i]) (valid elements: H, C, N, O, S, Se)")
        }
        let atoms = (0..<n).map { AtomRecord(name: names[$0], residueName: residues[$0], residueNumber: Int(residueNumbers[$0]), chain: "", element: elements[$0]) }
        let (p, pShape) = try group.readDataset("positions", as: Double.self)
        guard pShape.count == 3, pShape[1] == n, pShape[2] == 3 else { throw reject("positions have shape \(pShape), expected [m, \(n), 3]") }
        let m = pShape[0]
        let (f, fShape) = try group.readDataset("forces", as: Double.self)
        guard fShape == [m, n, 3] else { throw reject("forces have shape \(fShape), expected [\(m), \(n), 3] like positions") }
        let energies = try group.readDataset("energies", as: Double.self)
        guard energies.shape == [m] else { throw reject("energies have shape \(energies.shape), expected [\(m)]") }
        guard p.allSatisfy(\.isFinite), f.allSatisfy(\.isFinite), energies.values.allSatisfy(\.isFinite) else {
            throw reject("positions, forces or energies contain NaN or infinity")
        }
        func codes<T>(_ name: String, _ make: (Int) -> T?, valid: String) throws -> [T] {
            let (values, shape) = try group.readDataset(name, as: Int32.self)
            guard shape == [m] else { throw reject("\(name) has shape \(shape), expected [\(m)]") }
            return try values.enumerated().map { i, value in
                guard let v = make(Int(value)) else { throw reject("\(name)[\(i)] = \(value) is not valid (\(valid))") }
                return v
            }
        }
        let split = try codes("split", UnitDatasetSplit.init(rawValue:), valid: "0 train, 1 validation, 2 test")
        let origin = try codes("origin", ConformationOrigin.init(rawValue:), valid: "0...\(ConformationOrigin.allCases.count - 1)")
        let candidates = try codes("candidate_index", { $0 >= 0 ? $0 : nil }, valid: "non-negative")
        guard zip(candidates, candidates.dropFirst()).allSatisfy({ $0 < $1 }) else { throw reject("candidate_index is not strictly ascending") }
        let vectors: ([Double], Int) -> [SIMD3<Double>] = { values, c in
            (0..<n).map { SIMD3(values[(c * n + $0) * 3], values[(c * n + $0) * 3 + 1], values[(c * n + $0) * 3 + 2]) }
        }
        return UnitConformationSet(kind: kind, atoms: atoms, charge: Int(charge), positions: (0..<m).map { vectors(p, $0) },
                                   energies: energies.values, forces: (0..<m).map { vectors(f, $0) }, split: split,
                                   origin: origin, candidateIndex: candidates)
    }
}
