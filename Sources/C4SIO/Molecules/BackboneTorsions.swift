import Foundation

/// The protein backbone dihedrals φ (C₋₁–N–CA–C) and ψ (N–CA–C–N₊₁) of every residue that has
/// both: residues are runs of consecutive atoms with equal segment, chain, number and insertion
/// code; a neighbour counts only when the peptide bond C₋₁–N is shorter than 2 Å (no chain break).
/// The atoms are looked up once; `angles(_:)` then costs a few operations per residue.
public struct BackboneTorsions: Sendable {
    /// φ and ψ of one residue, in degrees (−180…180].
    public struct Angles: Sendable, Equatable {
        /// Index of the residue's CA atom.
        public let alphaCarbon: Int
        /// φ in degrees.
        public let phi: Double
        /// ψ in degrees.
        public let psi: Double
    }

    /// N, CA and C atom indices of each residue that has all three, in order.
    private let backbone: [(n: Int, ca: Int, c: Int)]

    /// Finds the backbone atoms (names N, CA, C) of `atoms`.
    public init(atoms: [AtomRecord]) {
        var residues: [(n: Int, ca: Int, c: Int)] = []
        var start = 0
        func key(_ a: AtomRecord) -> String { "\(a.segment)|\(a.chain)|\(a.residueNumber)|\(a.insertionCode)" }
        for i in atoms.indices where i + 1 == atoms.count || key(atoms[i]) != key(atoms[i + 1]) {
            let range = start..<(i + 1)
            if let n = range.first(where: { atoms[$0].name == "N" }), let ca = range.first(where: { atoms[$0].name == "CA" }),
               let c = range.first(where: { atoms[$0].name == "C" }) {
                residues.append((n, ca, c))
            }
            start = i + 1
        }
        backbone = residues
    }

    /// Number of residues with a complete backbone.
    public var residueCount: Int { backbone.count }

    /// φ and ψ of every residue with both neighbours bonded, for positions of `3 × atoms` values (Å).
    public func angles(_ positions: [Double]) -> [Angles] {
        func point(_ i: Int) -> SIMD3<Double> { SIMD3(positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]) }
        func bonded(_ c: Int, _ n: Int) -> Bool {
            let d = point(c) - point(n)
            return (d * d).sum() < 4
        }
        guard backbone.count >= 3 else { return [] }
        return (1..<(backbone.count - 1)).compactMap { r in
            let (previous, this, next) = (backbone[r - 1], backbone[r], backbone[r + 1])
            guard bonded(previous.c, this.n), bonded(this.c, next.n) else { return nil }
            return Angles(alphaCarbon: this.ca,
                          phi: Self.dihedral(point(previous.c), point(this.n), point(this.ca), point(this.c)),
                          psi: Self.dihedral(point(this.n), point(this.ca), point(this.c), point(next.n)))
        }
    }

    /// The dihedral angle of four points in degrees (IUPAC sign convention).
    static func dihedral(_ p0: SIMD3<Double>, _ p1: SIMD3<Double>, _ p2: SIMD3<Double>, _ p3: SIMD3<Double>) -> Double {
        func cross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
            SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
        }
        let (b0, b1, b2) = (p0 - p1, p2 - p1, p3 - p2)
        let b1n = b1 / (b1 * b1).sum().squareRoot()
        let v = b0 - (b0 * b1n).sum() * b1n
        let w = b2 - (b2 * b1n).sum() * b1n
        let x = (v * w).sum(), y = (cross(b1n, v) * w).sum()
        return atan2(y, x) * 180 / .pi
    }
}
