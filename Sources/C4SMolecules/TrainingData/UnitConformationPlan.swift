import C4SCore
import C4SIO
import C4SLearn
import Foundation

/// One planned conformation of a unit kind, before labelling.
public struct UnitCandidate: Sendable, Equatable {
    /// Positions in ångström, indexed like the plan's atoms.
    public let positions: [SIMD3<Double>]
    /// How it was made.
    public let origin: ConformationOrigin
    /// The part of the training set it belongs to.
    public let split: UnitDatasetSplit
}

/// The conformations of one unit kind that a training set labels, fixed by the sources and the
/// settings (seed included), planned in rounds of `settings.roundSize`. A round holds the source
/// geometries themselves (first round only); dihedral rotations of them (each rotatable bond turned
/// with probability ½, by a uniform angle, or by a normal angle of standard deviation `stiffAngle`,
/// `laterStiffAngle` after the first round, for a stiff amide-like bond); snapshots of Langevin MD
/// on ff14SB at each temperature (`temperatures`, then `laterTemperatures`) from each source; and
/// such snapshots with Gaussian displacements. A candidate with a clash (see
/// `UnitTopology.hasClash`) or an ff14SB energy above the lowest source's by more than the energy
/// window is replaced by a new one. Each round is shuffled; its position i is in the test split
/// when i mod 10 = 9, validation when 8, else train (80/10/10, balanced in every prefix). The
/// rounds follow one another and the list stops at `perKind`, so a plan for more conformations
/// begins with the plan for fewer (the first round has `min(perKind, roundSize)`).
public struct UnitConformationPlan: Sendable {
    /// The unit kind.
    public let kind: UnitKind
    /// The unit's atoms (see `UnitSourceLibrary.Sources.atoms`).
    public let atoms: [AtomRecord]
    /// Net charge in elementary charges.
    public let charge: Int
    /// The conformations, `settings.perKind` of them, in labelling order.
    public let candidates: [UnitCandidate]

    /// Plans the conformations of `sources.kind`.
    /// - Throws: `ForceFieldError` when ff14SB cannot describe the unit; `TrainingDataError` naming
    ///   the kind when too many candidates fail the clash and energy checks.
    public init(sources: UnitSourceLibrary.Sources, forceField: AmberForceField, settings: UnitConformationSettings) throws {
        let kind = sources.kind, atoms = sources.atoms, charge = sources.charge
        let elements = sources.atoms.map(\.element)
        let first = UnitGeometry(label: kind.label, atoms: atoms, positions: sources.positions[0], charge: charge)
        let order = MMUnitEngine.residueContiguousOrder(first)
        let system = try MMSystem(structure: MolecularStructure(atoms: order.map { atoms[$0] }, positions: order.map { first.positions[$0] },
                                                                source: kind.label), forceField: forceField)
        let topology = UnitTopology(bonds: system.bonds.map { (order[$0.a], order[$0.b]) }, elements: elements)
        let toSystem = { (p: [SIMD3<Double>]) in order.map { p[$0] } }
        let reference = sources.positions.map { system.energyAndForces(toSystem($0)).total }.min()!
        let acceptable = { (p: [SIMD3<Double>]) -> Bool in
            p.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite } && !UnitTopology.hasClash(p, elements: elements)
                && system.energyAndForces(toSystem(p)).total <= reference + settings.energyWindow
        }
        let firstSize = min(settings.perKind, settings.roundSize)
        let rounds = 1 + (settings.perKind - firstSize + settings.roundSize - 1) / settings.roundSize
        var candidates: [UnitCandidate] = []
        for round in 0..<rounds {
            let made = try Self.round(round, size: round == 0 ? firstSize : settings.roundSize, sources: sources, system: system,
                                      topology: topology, order: order, acceptable: acceptable, forceField: forceField, settings: settings)
            candidates += made.enumerated().map { i, c in
                UnitCandidate(positions: c.positions, origin: c.origin, split: i % 10 == 9 ? .test : i % 10 == 8 ? .validation : .train)
            }
        }
        self.kind = kind
        self.atoms = atoms
        self.charge = charge
        self.candidates = Array(candidates.prefix(settings.perKind))
    }

    /// The conformations of `set` (e.g. unlabelled active-learning candidates) in their order, as
    /// `.mdFrame` conformations, split 80/10/10 by position (i mod 10 = 9 test, 8 validation). With
    /// `atoms` (the kind's atoms as a training set names and orders them), each conformation's
    /// atoms are put in that order.
    /// - Throws: `TrainingDataError` naming `location` and the kind when `set` has no conformation
    ///   or its atoms are not the same set as `atoms` (names, residues, elements; residue numbers and
    ///   a real cap's names as `UnitSourceLibrary` normalises them).
    public init(candidates set: UnitConformationSet, atoms reference: [AtomRecord]? = nil, location: String) throws {
        guard set.count > 0 else { throw TrainingDataError(location: "\(location) \(set.kind.label)", reason: "no conformations") }
        let atoms = reference ?? UnitSourceLibrary.renumbered(set.atoms)
        guard let order = UnitSourceLibrary.order(of: UnitSourceLibrary.renumbered(set.atoms), matching: atoms) else {
            throw TrainingDataError(location: "\(location) \(set.kind.label)",
                                    reason: "its \(set.atoms.count) atoms are not the \(atoms.count) atoms of this kind in the training set (names, residues, elements)")
        }
        kind = set.kind
        self.atoms = atoms
        charge = set.charge
        candidates = set.positions.enumerated().map { i, p in
            UnitCandidate(positions: order.map { p[$0] }, origin: .mdFrame, split: i % 10 == 9 ? .test : i % 10 == 8 ? .validation : .train)
        }
    }

    /// The shuffled conformations of round `round` (`size` of them) of the plan of `sources.kind`.
    private static func round(_ round: Int, size: Int, sources: UnitSourceLibrary.Sources, system: MMSystem, topology: UnitTopology,
                              order: [Int], acceptable: ([SIMD3<Double>]) -> Bool, forceField: AmberForceField,
                              settings: UnitConformationSettings) throws -> [(positions: [SIMD3<Double>], origin: ConformationOrigin)] {
        let kind = sources.kind
        let toSystem = { (p: [SIMD3<Double>]) in order.map { p[$0] } }
        let fromSystem = { (q: [SIMD3<Double>]) -> [SIMD3<Double>] in
            var p = q
            for (k, i) in order.enumerated() { p[i] = q[k] }
            return p
        }
        let later = round > 0
        var random = SplitMix64(seed: settings.seed ^ (UInt64(kind.code + 1) &* 0x9e37_79b9_7f4a_7c15) ^ (UInt64(round) &* 0xbf58_476d_1ce4_e5b9))
        var normal = NormalRandom(seed: random.next())
        let stiffAngle = Double.pi / (180 / (later ? settings.laterStiffAngle : settings.stiffAngle))
        let sourceCount = later ? 0 : min(sources.positions.count, max(1, size / 20))
        let rest = size - sourceCount
        let dihedralCount = topology.rotatable.isEmpty ? 0 : Int((Double(rest) * settings.dihedralFraction).rounded())
        let hotCount = min(rest - dihedralCount, Int((Double(rest) * settings.hotMDFraction).rounded()))
        let displacedCount = rest - dihedralCount - hotCount
        func giveUp(_ what: String, _ made: Int, _ wanted: Int, _ attempts: Int) -> TrainingDataError {
            TrainingDataError(location: kind.label, reason: "only \(made) of \(wanted) \(what) passed the clash and energy checks in \(attempts) attempts")
        }

        var dihedral: [[SIMD3<Double>]] = []
        var attempts = 0
        while dihedral.count < dihedralCount {
            attempts += 1
            guard attempts <= 200 * dihedralCount + 1000 else { throw giveUp("dihedral rotations", dihedral.count, dihedralCount, attempts - 1) }
            var p = sources.positions[attempts % sources.positions.count]
            var turned = false
            for bond in topology.rotatable where random.nextUnit() < 0.5 {
                let angle = bond.stiff ? normal.next() * stiffAngle : (2 * random.nextUnit() - 1) * Double.pi
                p = UnitTopology.rotated(p, about: bond, by: angle)
                turned = true
            }
            if turned && acceptable(p) { dihedral.append(p) }
        }

        let masses = system.masses(in: forceField)
        var runs: [MDSimulation] = []
        for temperature in later ? settings.laterTemperatures : settings.temperatures {
            for start in sources.positions {
                var run = try MDSimulation(
                    potential: MMPotential(system: system),
                    integrator: LangevinBAOAB(timeStep: settings.timeStep, friction: settings.friction, temperature: temperature,
                                              masses: masses, seed: random.next()),
                    masses: masses, positions: toSystem(start),
                    velocities: MaxwellBoltzmann.velocities(masses: masses, temperature: temperature, seed: random.next()))
                try run.run(steps: settings.equilibrationSteps, recordEvery: 1) { _, _ in }
                runs.append(run)
            }
        }
        var snapshots: [[SIMD3<Double>]] = []
        let wanted = hotCount + displacedCount
        attempts = 0
        while snapshots.count < wanted {
            for r in runs.indices where snapshots.count < wanted {
                attempts += 1
                guard attempts <= 20 * wanted + 100 else { throw giveUp("MD snapshots", snapshots.count, wanted, attempts - 1) }
                try runs[r].run(steps: settings.snapshotInterval, recordEvery: 1) { _, _ in }
                let p = fromSystem(runs[r].state.positions)
                if acceptable(p) { snapshots.append(p) }
            }
        }
        var displaced: [[SIMD3<Double>]] = []
        for base in snapshots.suffix(displacedCount) {
            var tries = 0
            while true {
                tries += 1
                guard tries <= 50 else { throw giveUp("displacements", displaced.count, displacedCount, tries - 1) }
                let p = base.map { $0 + SIMD3(normal.next(), normal.next(), normal.next()) * (settings.displacement / 3.0.squareRoot()) }
                if acceptable(p) { displaced.append(p); break }
            }
        }

        var all: [(positions: [SIMD3<Double>], origin: ConformationOrigin)] = sources.positions.prefix(sourceCount).map { ($0, .source) }
        all += dihedral.map { ($0, .dihedralScan) } + snapshots.prefix(hotCount).map { ($0, .hotMD) } + displaced.map { ($0, .displacement) }
        for i in stride(from: all.count - 1, to: 0, by: -1) {
            all.swapAt(i, Int(random.next() % UInt64(i + 1)))
        }
        return all
    }
}
