import Foundation

/// A relaxed two-dihedral scan on a periodic grid (e.g. the Ramachandran map of a dipeptide):
/// at every node (φ_i, ψ_j) = (−180° + 360° i/n, −180° + 360° j/n) both dihedrals are held by stiff
/// harmonic `DihedralRestraint`s and every other degree of freedom is relaxed by L-BFGS on the MM
/// energy plus restraints. The energy stored is the MM energy alone at the relaxed geometry.
///
/// Order: the first sweep visits the rows of φ cyclically from the node nearest the start
/// structure, each row's ψ cyclically from its first node, each minimisation starting from the
/// previously relaxed neighbour. Then up to `refinementPasses` passes re-relax every node from its
/// four grid neighbours' geometries and keep the lowest, which removes the sweep's hysteresis
/// (a pass that lowers no node by more than 1e-3 kcal/mol ends the refinement).
public struct RelaxedDihedralScan: Sendable {
    /// The MM model.
    public let system: MMSystem
    /// Atoms of the first dihedral (φ).
    public let phiAtoms: [Int]
    /// Atoms of the second dihedral (ψ).
    public let psiAtoms: [Int]
    /// Nodes per dihedral (n × n nodes in all).
    public let bins: Int
    /// Restraint force constant, kcal/(mol·rad²).
    public let restraintConstant: Double
    /// The minimiser (its tolerance is on the restrained energy's gradient).
    public let minimizer: LBFGSMinimizer
    /// Refinement passes after the first sweep (≥ 0).
    public let refinementPasses: Int

    /// A scan plan. - Precondition: four atoms per dihedral, `bins >= 4`, constant > 0, passes ≥ 0.
    public init(system: MMSystem, phiAtoms: [Int], psiAtoms: [Int], bins: Int, restraintConstant: Double = 2000,
                minimizer: LBFGSMinimizer = LBFGSMinimizer(), refinementPasses: Int = 3) {
        precondition(phiAtoms.count == 4 && psiAtoms.count == 4 && bins >= 4 && restraintConstant > 0 && refinementPasses >= 0,
                     "RelaxedDihedralScan: four atoms per dihedral, bins >= 4, restraint > 0, passes >= 0")
        self.system = system
        self.phiAtoms = phiAtoms
        self.psiAtoms = psiAtoms
        self.bins = bins
        self.restraintConstant = restraintConstant
        self.minimizer = minimizer
        self.refinementPasses = refinementPasses
    }

    /// Angle of node k (0 ≤ k < bins) in degrees.
    public func nodeAngle(_ k: Int) -> Double { -180 + 360 * Double(k) / Double(bins) }

    /// One relaxed node.
    public struct Node: Sendable {
        /// Relaxed positions (Å).
        public var positions: [SIMD3<Double>]
        /// MM energy without restraints (kcal/mol).
        public var energy: Double
        /// φ and ψ reached (degrees).
        public var phi: Double, psi: Double
        /// RMS per-atom gradient of the restrained energy at the end (kcal/(mol·Å)).
        public var rmsGradient: Double
        /// L-BFGS iterations of the minimisation kept.
        public var iterations: Int
        /// Whether it reached the tolerance.
        public var converged: Bool
    }

    /// Relaxes node (i, j) from `start` positions.
    public func relax(i: Int, j: Int, from start: [SIMD3<Double>]) -> Node {
        let radians = Double.pi / 180
        let phi = DihedralRestraint(phiAtoms[0], phiAtoms[1], phiAtoms[2], phiAtoms[3], target: nodeAngle(i) * radians, constant: restraintConstant)
        let psi = DihedralRestraint(psiAtoms[0], psiAtoms[1], psiAtoms[2], psiAtoms[3], target: nodeAngle(j) * radians, constant: restraintConstant)
        let outcome = minimizer.minimize(from: start.flatMap { [$0.x, $0.y, $0.z] }) { flat in
            let x = Self.points(flat)
            var evaluation = system.energyAndForces(x)
            let restraint = x.withUnsafeBufferPointer { p in
                evaluation.forces.withUnsafeMutableBufferPointer { f in phi.apply(p, f) + psi.apply(p, f) }
            }
            return (evaluation.total + restraint, evaluation.forces.flatMap { [-$0.x, -$0.y, -$0.z] })
        }
        let x = Self.points(outcome.x)
        return Node(positions: x, energy: system.energyAndForces(x).total, phi: phi.angle(x) / radians, psi: psi.angle(x) / radians,
                    rmsGradient: outcome.rmsGradient, iterations: outcome.iterations, converged: outcome.converged)
    }

    static func points(_ flat: [Double]) -> [SIMD3<Double>] {
        (0..<(flat.count / 3)).map { SIMD3(flat[3 * $0], flat[3 * $0 + 1], flat[3 * $0 + 2]) }
    }

    /// Runs the scan from `start` positions (Å). `progress(done, total)` is called after each
    /// minimisation (total counts the first sweep and all refinement passes); when `shouldStop`
    /// returns true the scan returns nil.
    /// Nodes are indexed i·bins + j (φ slowest).
    public func run(from start: [SIMD3<Double>], progress: (Int, Int) -> Void = { _, _ in },
                    shouldStop: () -> Bool = { false }) -> [Node]? {
        precondition(start.count == system.atomCount, "RelaxedDihedralScan: one start position per atom")
        let n = bins, step = 360 / Double(n)
        func nearest(_ angle: Double) -> Int { (Int(((angle + 180) / step).rounded()) % n + n) % n }
        let startPhi = DihedralRestraint(phiAtoms[0], phiAtoms[1], phiAtoms[2], phiAtoms[3], target: 0, constant: 0).angle(start) * 180 / .pi
        let startPsi = DihedralRestraint(psiAtoms[0], psiAtoms[1], psiAtoms[2], psiAtoms[3], target: 0, constant: 0).angle(start) * 180 / .pi
        let i0 = nearest(startPhi), j0 = nearest(startPsi)
        let total = n * n * (1 + 4 * refinementPasses)
        var done = 0
        var nodes = [Node?](repeating: nil, count: n * n)
        var rowStart = start
        for di in 0..<n {
            let i = (i0 + di) % n
            var previous = rowStart
            for dj in 0..<n {
                let j = (j0 + dj) % n
                let node = relax(i: i, j: j, from: previous)
                nodes[i * n + j] = node
                previous = node.positions
                if dj == 0 { rowStart = node.positions }
                done += 1
                progress(done, total)
                if shouldStop() { return nil }
            }
        }
        var result = nodes.map { $0! }
        for _ in 0..<refinementPasses {
            var lowered = 0.0
            for i in 0..<n {
                for j in 0..<n {
                    for (a, b) in [(i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)] {
                        let neighbour = result[((a + n) % n) * n + (b + n) % n]
                        let trial = relax(i: i, j: j, from: neighbour.positions)
                        if trial.converged, trial.energy < result[i * n + j].energy - 1e-6 {
                            lowered = max(lowered, result[i * n + j].energy - trial.energy)
                            result[i * n + j] = trial
                        }
                        done += 1
                        progress(done, total)
                        if shouldStop() { return nil }
                    }
                }
            }
            if lowered <= 1e-3 { break }
        }
        return result
    }
}
