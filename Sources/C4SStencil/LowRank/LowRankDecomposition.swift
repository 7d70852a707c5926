/// A kernel written as a sum of rank-1 separable terms, as LoRAStencil does.
///
/// Kernels whose non-zero weights lie on the axes through the centre (stars, Heat-2D/3D) split exactly into
/// one term along x (the centre row) plus one term per other axis (without the centre). Other 2-D kernels are
/// peeled first, as LoRAStencil does: while the outer ring of the (residual) matrix is one constant c, the term
/// c·1·1ᵀ over the whole residual box is split off and the inner matrix minus c remains (ring-constant boxes end as
/// nested boxes, rank side/2 + 1); a residual whose ring varies goes to the SVD. 3-D kernels use the SVD of the
/// z × (y·x) unfolding, then of each 2-D factor.
/// Singular values below 1e-13 of the largest are dropped and counted in the truncation error.
public struct LowRankDecomposition: Sendable {
    /// The terms, largest first.
    public let terms: [SeparableTerm]
    /// The number of terms.
    public var rank: Int { terms.count }
    /// max |W - Σ terms| / max |W|: round-off level (~1e-16) for an exact decomposition.
    public let truncationError: Double

    /// Decomposes `kernel`.
    public init(kernel: StencilKernel) {
        let r = kernel.radius, n = kernel.side
        var terms: [SeparableTerm] = []
        let taps = kernel.taps
        if kernel.rank == 1 {
            terms = [SeparableTerm(lines: [.init(dz: 0, dy: 0, weight: 1)], xWeights: taps.map { .init(dx: $0.dx, weight: $0.weight) })]
        } else if taps.allSatisfy({ [$0.dz, $0.dy, $0.dx].filter { $0 != 0 }.count <= 1 }) {
            let row = taps.filter { $0.dz == 0 && $0.dy == 0 }
            if !row.isEmpty {
                terms.append(SeparableTerm(lines: [.init(dz: 0, dy: 0, weight: 1)], xWeights: row.map { .init(dx: $0.dx, weight: $0.weight) }))
            }
            for axisIsZ in [false, true] {
                let arm = taps.filter { axisIsZ ? $0.dz != 0 : $0.dy != 0 }
                if !arm.isEmpty {
                    terms.append(SeparableTerm(lines: arm.map { .init(dz: $0.dz, dy: $0.dy, weight: $0.weight) }, xWeights: [.init(dx: 0, weight: 1)]))
                }
            }
        } else {
            let slabs: [(zWeights: [Double], plane: [Double])]
            var m = n
            if kernel.rank == 2 {
                var w = kernel.weights
                while m > 1, let c = Self.constantRing(w, side: m) {
                    if c != 0 { terms.append(SeparableTerm.box(radius: m / 2, weight: c)) }
                    let outer = w, side = m
                    w = (1..<(side - 1)).flatMap { y in (1..<(side - 1)).map { x in outer[y * side + x] - c } }
                    m -= 2
                }
                if m == 1 && w[0] != 0 { terms.append(SeparableTerm.box(radius: 0, weight: w[0])) }
                slabs = m > 1 ? [([1], w)] : []
            } else {
                slabs = Self.significant(JacobiSVD.decompose(kernel.weights, rows: n, columns: n * n))
                    .map { t in (t.u.map { $0 * t.sigma }, t.v) }
            }
            let q = m / 2
            for slab in slabs {
                for t in Self.significant(JacobiSVD.decompose(slab.plane, rows: m, columns: m)) {
                    var lines: [SeparableTerm.LineWeight] = []
                    for (iz, a) in slab.zWeights.enumerated() {
                        for iy in 0..<m where a * t.u[iy] != 0 {
                            lines.append(.init(dz: slab.zWeights.count == 1 ? 0 : iz - r, dy: iy - q, weight: a * t.u[iy] * t.sigma))
                        }
                    }
                    let xs = (0..<m).filter { t.v[$0] != 0 }.map { SeparableTerm.XWeight(dx: $0 - q, weight: t.v[$0]) }
                    terms.append(SeparableTerm(lines: lines, xWeights: xs))
                }
            }
        }
        self.terms = terms
        truncationError = Self.error(of: terms, against: kernel)
    }

    /// The value of every weight on the outer ring of the `side`×`side` matrix `w`, or nil if they differ.
    private static func constantRing(_ w: [Double], side m: Int) -> Double? {
        let c = w[0]
        for i in 0..<m {
            for j in [0, m - 1] where w[i * m + j] != c || w[j * m + i] != c { return nil }
        }
        return c
    }

    private static func significant(_ triplets: [JacobiSVD.Triplet]) -> [JacobiSVD.Triplet] {
        guard let top = triplets.first?.sigma else { return [] }
        return triplets.filter { $0.sigma > 1e-13 * top }
    }

    private static func error(of terms: [SeparableTerm], against kernel: StencilKernel) -> Double {
        let r = kernel.radius, n = kernel.side
        let zr = kernel.rank == 3 ? r : 0, yr = kernel.rank >= 2 ? r : 0
        var sum = [Double](repeating: 0, count: kernel.weights.count)
        for t in terms {
            for l in t.lines {
                for x in t.xWeights {
                    sum[((l.dz + zr) * (kernel.rank >= 2 ? n : 1) + l.dy + yr) * n + x.dx + r] += l.weight * x.weight
                }
            }
        }
        let scale = kernel.weights.map(abs).max() ?? 0
        let worst = zip(sum, kernel.weights).map { abs($0 - $1) }.max() ?? 0
        return scale > 0 ? worst / scale : worst
    }
}
