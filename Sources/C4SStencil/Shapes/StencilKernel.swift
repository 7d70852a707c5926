/// A constant-coefficient stencil of rank 1-3 and odd side n: one time step sets every point to
/// Σ w[o]·u[p + o] over offsets o in [-r, r]^rank, r = (n-1)/2 (a correlation, not a flipped convolution).
///
/// Weights are dimensionless, row-major with the slowest axis first (z, y, x).
public struct StencilKernel: Sendable, Equatable {
    /// Number of axes (1, 2 or 3).
    public let rank: Int
    /// Points per axis (odd, ≥ 1).
    public let side: Int
    /// `side^rank` weights, row-major.
    public let weights: [Double]

    /// Creates a kernel.
    /// - Throws: `StencilError.badRank`, `.evenSide`, `.notSquare` (count ≠ side^rank) or `.nonFiniteWeight`.
    public init(rank: Int, side: Int, weights: [Double]) throws {
        guard (1...3).contains(rank) else { throw StencilError.badRank(rank) }
        guard side >= 1, side % 2 == 1 else { throw StencilError.evenSide(side) }
        let count = (0..<rank).reduce(1) { r, _ in r * side }
        guard weights.count == count else {
            throw StencilError.notSquare("\(weights.count) weights for a \(rank)-D kernel of side \(side), which needs \(count)")
        }
        if let bad = weights.firstIndex(where: { !$0.isFinite }) { throw StencilError.nonFiniteWeight(index: bad) }
        self.rank = rank
        self.side = side
        self.weights = weights
    }

    /// Half the side: the halo width one step needs.
    public var radius: Int { side / 2 }

    /// The weight at offsets (dz, dy, dx), each in -radius...radius (leading offsets 0 for lower ranks).
    public func weight(dz: Int, dy: Int, dx: Int) -> Double {
        let r = radius
        let z = rank == 3 ? dz + r : 0, y = rank >= 2 ? dy + r : 0
        return weights[(z * (rank >= 2 ? side : 1) + y) * side + dx + r]
    }

    /// The non-zero weights with their offsets, in row-major order.
    public var taps: [StencilTap] {
        let r = radius, zr = rank == 3 ? r : 0, yr = rank >= 2 ? r : 0
        var out: [StencilTap] = []
        for dz in -zr...zr {
            for dy in -yr...yr {
                for dx in -r...r {
                    let w = weight(dz: dz, dy: dy, dx: dx)
                    if w != 0 { out.append(StencilTap(dz: dz, dy: dy, dx: dx, weight: w)) }
                }
            }
        }
        return out
    }

    /// Floating-point operations per point update: one multiply and one add per non-zero weight, minus one.
    public var flopsPerPoint: Double { Double(max(2 * taps.count - 1, 0)) }

    /// The kernel of applying `self` and then `next`: side `side + next.side - 1`, weights
    /// c[a + b] = Σ self[a]·next[b]. - Precondition: equal ranks.
    public func followed(by next: StencilKernel) -> StencilKernel {
        precondition(rank == next.rank, "StencilKernel.followed(by:) needs equal ranks")
        let n = side + next.side - 1, r = n / 2
        let zr = rank == 3 ? r : 0, yr = rank >= 2 ? r : 0
        var w = [Double](repeating: 0, count: (0..<rank).reduce(1) { c, _ in c * n })
        let stride = rank >= 2 ? n : 1
        let nextTaps = next.taps
        for a in taps {
            for b in nextTaps {
                let z = a.dz + b.dz + zr, y = a.dy + b.dy + yr, x = a.dx + b.dx + r
                w[(z * stride + y) * n + x] += a.weight * b.weight
            }
        }
        // Sides and counts are consistent by construction.
        return try! StencilKernel(rank: rank, side: n, weights: w)
    }

    /// The kernel of `steps` consecutive applications (temporal fusion). - Precondition: `steps >= 1`.
    public func fused(steps: Int) -> StencilKernel {
        precondition(steps >= 1, "StencilKernel.fused(steps:) needs steps >= 1")
        var k = self
        for _ in 1..<steps { k = k.followed(by: self) }
        return k
    }
}
