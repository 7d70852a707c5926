import Foundation

/// A periodic simulation cell by its edge lengths and angles (the PDB CRYST1 / DCD convention).
public struct UnitCell: Sendable, Equatable {
    /// Edge lengths a, b, c in ångström.
    public let a, b, c: Double
    /// Angles α (between b and c), β (a, c), γ (a, b) in degrees.
    public let alpha, beta, gamma: Double

    /// Creates a cell from lengths (Å) and angles (degrees).
    public init(a: Double, b: Double, c: Double, alpha: Double, beta: Double, gamma: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
    }

    /// The cell's edge vectors as rows of a 3 × 3 matrix in ångström (a along x, b in the xy plane),
    /// row-major: `[ax, ay, az, bx, by, bz, cx, cy, cz]`.
    public var edgeVectors: [Double] {
        let toRadians = Double.pi / 180
        let (ca, cb, cg) = (cos(alpha * toRadians), cos(beta * toRadians), cos(gamma * toRadians))
        let sg = sin(gamma * toRadians)
        let cx = c * cb
        let cy = c * (ca - cb * cg) / sg
        let cz = (max(c * c - cx * cx - cy * cy, 0)).squareRoot()
        func clean(_ v: Double) -> Double { abs(v) < 1e-12 * max(a, b, c) ? 0 : v }
        return [a, 0, 0, clean(b * cg), clean(b * sg), 0, clean(cx), clean(cy), clean(cz)]
    }

    /// The cell of edge vectors given as rows of a 3 × 3 row-major matrix in ångström.
    /// - Precondition: `vectors.count == 9` and no edge has length zero.
    public init(edgeVectors vectors: [Double]) {
        precondition(vectors.count == 9, "UnitCell: 9 values (three edge vectors)")
        func length(_ i: Int) -> Double {
            (vectors[3 * i] * vectors[3 * i] + vectors[3 * i + 1] * vectors[3 * i + 1] + vectors[3 * i + 2] * vectors[3 * i + 2]).squareRoot()
        }
        func angle(_ i: Int, _ j: Int) -> Double {
            let dot = vectors[3 * i] * vectors[3 * j] + vectors[3 * i + 1] * vectors[3 * j + 1] + vectors[3 * i + 2] * vectors[3 * j + 2]
            return acos(min(max(dot / (length(i) * length(j)), -1), 1)) * 180 / .pi
        }
        self.init(a: length(0), b: length(1), c: length(2), alpha: angle(1, 2), beta: angle(0, 2), gamma: angle(0, 1))
    }
}
