import C4SCore
import Synchronization

/// A force field (ff14SB) as a unit engine: each geometry becomes its own `MMSystem` (built once
/// per distinct topology and kept), evaluated in vacuum. The classical baseline for fragmentation,
/// and a cheap deterministic engine.
public struct MMUnitEngine: UnitEngine {
    public let name = "mm"
    /// The force field.
    public let forceField: AmberForceField
    private let systems = SystemCache()

    /// An engine for `forceField` (e.g. `AmberForceField.ff14SB()`).
    public init(forceField: AmberForceField) {
        self.forceField = forceField
    }

    /// Energy (kcal/mol) and forces (kcal/mol/Å) of every geometry under the force field, in order.
    /// - Throws: `ForceFieldError` naming the residue when a geometry's atoms match no template.
    public func evaluate(_ geometries: [UnitGeometry], progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation] {
        var results: [UnitEvaluation] = []
        results.reserveCapacity(geometries.count)
        for geometry in geometries {
            let start = ContinuousClock.now
            let (order, system) = try systems.topology(of: geometry, forceField: forceField)
            let positions = order.map { geometry.positions[$0] }
            let evaluation = system.energyAndForces(positions)
            var forces = [SIMD3<Double>](repeating: .zero, count: order.count)
            for (k, i) in order.enumerated() { forces[i] = evaluation.forces[k] }
            results.append(UnitEvaluation(energy: evaluation.total, forces: forces, seconds: WallClock.seconds(since: start)))
            try progress(results.count)
        }
        return results
    }

    /// The atom order with each residue's atoms together, residues in order of first appearance
    /// (a unit lists its cap hydrogens last; the force field matches residues as contiguous runs).
    static func residueContiguousOrder(_ geometry: UnitGeometry) -> [Int] {
        var residueOrder: [String: Int] = [:]
        let keys = geometry.atoms.map { atom in
            let key = "\(atom.chain)|\(atom.residueNumber)|\(atom.residueName)"
            return residueOrder[key] ?? { residueOrder[key] = residueOrder.count; return residueOrder.count - 1 }()
        }
        return geometry.atoms.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }
}

/// The MM systems of the topologies seen so far, keyed by atom and residue names in the
/// residue-contiguous order, and for each distinct atom list seen (the same fields in the geometry's
/// order), its order and system: the order and key are made once per atom list, not per geometry.
private final class SystemCache: Sendable {
    /// The fields of an atom that decide the order and the system.
    private struct AtomKey: Hashable {
        let chain: String, residueNumber: Int, residueName: String, name: String
    }

    private let systems = Mutex<[String: MMSystem]>([:])
    private let topologies = Mutex<[[AtomKey]: (order: [Int], system: MMSystem)]>([:])

    /// The residue-contiguous order of `geometry`'s atoms and the system of its topology.
    func topology(of geometry: UnitGeometry, forceField: AmberForceField) throws -> (order: [Int], system: MMSystem) {
        let key = geometry.atoms.map { AtomKey(chain: $0.chain, residueNumber: $0.residueNumber, residueName: $0.residueName, name: $0.name) }
        if let known = topologies.withLock({ $0[key] }) { return known }
        let order = MMUnitEngine.residueContiguousOrder(geometry)
        let topology = (order: order, system: try system(for: geometry, order: order, forceField: forceField))
        topologies.withLock { $0[key] = topology }
        return topology
    }

    /// The system of `geometry`'s atoms taken in `order`, shared by atom lists with the same key in that order.
    private func system(for geometry: UnitGeometry, order: [Int], forceField: AmberForceField) throws -> MMSystem {
        let atoms = order.map { geometry.atoms[$0] }
        let key = atoms.map { "\($0.chain)|\($0.residueNumber)|\($0.residueName)|\($0.name)" }.joined(separator: ";")
        if let system = systems.withLock({ $0[key] }) { return system }
        let structure = MolecularStructure(atoms: atoms, positions: order.map { geometry.positions[$0] }, source: geometry.label)
        let system = try MMSystem(structure: structure, forceField: forceField)
        systems.withLock { $0[key] = system }
        return system
    }
}
