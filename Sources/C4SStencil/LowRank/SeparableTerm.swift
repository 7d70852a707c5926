/// One rank-1 term of a kernel, applied as two passes: first a weighted sum of whole lines at offsets
/// across the slow axes (z, y), then a 1-D stencil along x on that intermediate line.
public struct SeparableTerm: Sendable, Equatable {
    /// (dz, dy, weight) of the line combination; `[(0, 0, 1)]` for a term that is purely along x.
    public let lines: [LineWeight]
    /// (dx, weight) of the pass along x.
    public let xWeights: [XWeight]

    /// A weight of the combination across lines at offsets dz, dy.
    public struct LineWeight: Sendable, Equatable {
        /// Offset along z.
        public let dz: Int
        /// Offset along y.
        public let dy: Int
        /// Weight (dimensionless).
        public let weight: Double
    }

    /// A weight of the pass along x at offset dx.
    public struct XWeight: Sendable, Equatable {
        /// Offset along x.
        public let dx: Int
        /// Weight (dimensionless).
        public let weight: Double
    }

    /// True when the line combination is the identity (the centre line with weight 1): no vertical pass needed.
    public var isPurelyAlongX: Bool { lines == [LineWeight(dz: 0, dy: 0, weight: 1)] }

    /// Flops per point of the two passes.
    public var flopsPerPoint: Double {
        Double((isPurelyAlongX ? 0 : 2 * lines.count - 1) + 2 * xWeights.count)
    }

    /// `weight` times the all-ones box of side 2·radius+1 (the rank-1 term 1·1ᵀ): lines at dy in -radius...radius
    /// with weight `weight`, then a plain sum along x.
    public static func box(radius: Int, weight: Double) -> SeparableTerm {
        SeparableTerm(lines: (-radius...radius).map { LineWeight(dz: 0, dy: $0, weight: weight) },
                      xWeights: (-radius...radius).map { XWeight(dx: $0, weight: 1) })
    }
}
