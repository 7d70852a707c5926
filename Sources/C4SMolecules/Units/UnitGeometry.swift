import C4SIO

/// A molecule a unit engine evaluates: a protein unit with its cap hydrogens, or a whole protein.
public struct UnitGeometry: Sendable, Equatable {
    /// What the geometry is, for messages (e.g. `unit 3 ACE-TYR-NME (TYR 2)`).
    public let label: String
    /// The atoms (names and residues as the unit's own ACE-X-NME residues, or as the file gives them).
    public let atoms: [AtomRecord]
    /// Position of each atom in ångström, indexed like `atoms`.
    public let positions: [SIMD3<Double>]
    /// Net charge in elementary charges.
    public let charge: Int

    /// Creates a geometry. - Precondition: one position per atom.
    public init(label: String, atoms: [AtomRecord], positions: [SIMD3<Double>], charge: Int) {
        precondition(atoms.count == positions.count, "UnitGeometry: one position per atom")
        self.label = label
        self.atoms = atoms
        self.positions = positions
        self.charge = charge
    }

    /// Element symbol of each atom.
    public var elements: [String] { atoms.map(\.element) }
}

/// What a unit engine returns for one geometry.
public struct UnitEvaluation: Sendable, Equatable {
    /// Potential energy in kcal/mol.
    public let energy: Double
    /// Force on each atom in kcal/mol/Å (the negative gradient of `energy`), indexed like the geometry's atoms.
    public let forces: [SIMD3<Double>]
    /// Wall-clock time in seconds the engine spent on this geometry (0 for a cached result).
    public let seconds: Double

    /// Creates an evaluation.
    public init(energy: Double, forces: [SIMD3<Double>], seconds: Double) {
        self.energy = energy
        self.forces = forces
        self.seconds = seconds
    }
}

/// Something that computes the energy and forces of protein units (GFN2-xTB, a force field, a
/// machine-learned potential).
///
/// Engines are shared across threads: `evaluate` may be called concurrently.
public protocol UnitEngine: Sendable {
    /// Short name of the method (e.g. `xtb`, `mm`).
    var name: String { get }

    /// Energy and forces of every geometry, in order. `progress` is called with the number of
    /// geometries finished so far, from any thread; when it throws (e.g. on cancellation) no further
    /// geometry is started. Throws the first failure, of the engine or of `progress`.
    func evaluate(_ geometries: [UnitGeometry], progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation]
}

extension UnitEngine {
    /// Energy and forces of every geometry, in order, without progress reports.
    public func evaluate(_ geometries: [UnitGeometry]) throws -> [UnitEvaluation] {
        try evaluate(geometries, progress: { _ in })
    }
}
