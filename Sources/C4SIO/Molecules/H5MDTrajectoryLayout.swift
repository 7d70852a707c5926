/// The H5MD 1.1 structure the writers build in an open HDF5 file, and the appending of frames:
///
/// - `/h5md` (`version` = [1, 1]), `/h5md/author@name`, `/h5md/creator@{name,version}`;
/// - `/particles/all/position` (Å), optional `velocity` (Å ps-1) and `force` (kcal mol-1 Angstrom-1),
///   each `{step, time, value}` with value frames × atoms × 3;
/// - `/particles/all/box` (`dimension` = 3, `boundary` periodic or none) with `edges` frames × 3 × 3
///   (cell vectors as rows, Å) when periodic;
/// - `/observables/<name>` `{step, time, value}` with value frames;
/// - `/parameters/c4s/atoms/{name, residue_name, residue_number, chain, element}` so that readers
///   of this workbench recover the topology (H5MD leaves `/parameters` to the writer).
///
/// Units follow the H5MD `unit` attribute syntax as MDAnalysis reads it (`Angstrom`, `ps`,
/// `Angstrom ps-1`, `kcal mol-1 Angstrom-1`, `kcal mol-1`, `K`).
struct H5MDTrajectoryLayout {
    let atomCount: Int
    let contents: H5MDContents
    private let position: H5MDTimeSeries
    private let velocity: H5MDTimeSeries?
    private let force: H5MDTimeSeries?
    private let edges: H5MDTimeSeries?
    private let observables: [(H5MDObservable, H5MDTimeSeries)]
    private let fileName: String

    /// Creates the structure in `file` (which must be empty) for `atoms`.
    init(in file: HDF5File, atoms: [AtomRecord], contents: H5MDContents, provenance: H5MDProvenance) throws {
        atomCount = atoms.count
        self.contents = contents
        fileName = file.url.path
        let h5md = try file.root.createGroup("h5md")
        try h5md.setAttribute("version", .ints([1, 1]))
        try h5md.createGroup("author").setAttribute("name", .string(provenance.author))
        let creator = try h5md.createGroup("creator")
        try creator.setAttribute("name", .string(provenance.program))
        try creator.setAttribute("version", .string(provenance.programVersion))
        let all = try file.root.createGroup("particles/all")
        position = try H5MDTimeSeries("position", in: all, valueShape: [atoms.count, 3], unit: "Angstrom")
        velocity = contents.velocities ? try H5MDTimeSeries("velocity", in: all, valueShape: [atoms.count, 3], unit: "Angstrom ps-1") : nil
        force = contents.forces ? try H5MDTimeSeries("force", in: all, valueShape: [atoms.count, 3], unit: "kcal mol-1 Angstrom-1") : nil
        let box = try all.createGroup("box")
        try box.setAttribute("dimension", .int(3))
        try box.setAttribute("boundary", .strings(Array(repeating: contents.periodicBox ? "periodic" : "none", count: 3)))
        edges = contents.periodicBox ? try H5MDTimeSeries("edges", in: box, valueShape: [3, 3], unit: "Angstrom") : nil
        if !contents.observables.isEmpty {
            let group = try file.root.createGroup("observables")
            observables = try contents.observables.map { ($0, try H5MDTimeSeries($0.rawValue, in: group, valueShape: [], unit: $0.unit)) }
        } else {
            observables = []
        }
        let topology = try file.root.createGroup("parameters/c4s/atoms")
        try topology.writeStrings("name", atoms.map(\.name))
        try topology.writeStrings("residue_name", atoms.map(\.residueName))
        try topology.writeDataset("residue_number", values: atoms.map { Int64($0.residueNumber) }, shape: [atoms.count])
        try topology.writeStrings("chain", atoms.map(\.chain))
        try topology.writeStrings("element", atoms.map(\.element))
    }

    /// Appends `frames` after checking each against the atom count and the declared contents.
    /// - Throws: `MolecularFileError` naming the file and the frame (nothing is written then), or
    ///   `HDF5Error`.
    func append(_ frames: [H5MDFrame], firstIndex: Int) throws {
        for (k, frame) in frames.enumerated() { try check(frame, index: firstIndex + k) }
        guard !frames.isEmpty else { return }
        let steps = frames.map(\.step), times = frames.map(\.time)
        try position.append(steps: steps, times: times, values: frames.flatMap(\.positions))
        try velocity?.append(steps: steps, times: times, values: frames.flatMap { $0.velocities ?? [] })
        try force?.append(steps: steps, times: times, values: frames.flatMap { $0.forces ?? [] })
        try edges?.append(steps: steps, times: times, values: frames.flatMap { $0.cell?.edgeVectors ?? [] })
        for (observable, series) in observables {
            try series.append(steps: steps, times: times, values: frames.map { $0.observables[observable] ?? .nan })
        }
    }

    private func check(_ frame: H5MDFrame, index: Int) throws {
        func reject(_ message: String) -> MolecularFileError {
            MolecularFileError(file: fileName, line: nil, message: "frame \(index + 1) (step \(frame.step)): \(message)")
        }
        let values = 3 * atomCount
        guard frame.positions.count == values else { throw reject("\(frame.positions.count) position values, the file has \(atomCount) atoms (\(values) values)") }
        guard (frame.velocities != nil) == contents.velocities, frame.velocities.map({ $0.count == values }) ?? true else {
            throw reject(contents.velocities ? "velocities needed, \(values) values" : "velocities given, but the file was created without them")
        }
        guard (frame.forces != nil) == contents.forces, frame.forces.map({ $0.count == values }) ?? true else {
            throw reject(contents.forces ? "forces needed, \(values) values" : "forces given, but the file was created without them")
        }
        guard (frame.cell != nil) == contents.periodicBox else {
            throw reject(contents.periodicBox ? "a periodic cell is needed" : "a cell given, but the file was created non-periodic")
        }
        guard Set(frame.observables.keys) == Set(contents.observables) else {
            let expected = contents.observables.map(\.rawValue).joined(separator: ", ")
            throw reject("observables \(frame.observables.keys.map(\.rawValue).sorted()) given, the file records [\(expected)]")
        }
    }
}
