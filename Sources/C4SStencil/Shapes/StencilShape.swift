/// The benchmark shapes of the ConvStencil, LoRAStencil and Jigsaw papers, with fixed weights that
/// sum to 1 (so repeated steps stay bounded).
///
/// Box kernels are ring-constant (one weight per Chebyshev distance, 2-D) or class-constant (centre,
/// face, edge, corner, 3-D): the structure LoRAStencil's decomposition exploits. Star kernels have one
/// weight per distance along the axes.
public enum StencilShape: String, Sendable, CaseIterable {
    /// 1-D, 3 points.
    case heat1d
    /// 1-D, 5 points.
    case p1d5 = "1d5p"
    /// 2-D 5-point star.
    case heat2d
    /// 2-D 3x3 box.
    case box2d9p
    /// 2-D 9-point star (radius 2).
    case star2d9p
    /// 2-D 5x5 box.
    case box2d25p
    /// 2-D 13-point star (radius 3).
    case star2d13p
    /// 2-D 7x7 box.
    case box2d49p
    /// 3-D 7-point star.
    case heat3d
    /// 3-D 3x3x3 box.
    case box3d27p

    /// Number of axes.
    public var rank: Int {
        switch self {
        case .heat1d, .p1d5: 1
        case .heat3d, .box3d27p: 3
        default: 2
        }
    }

    /// The kernel with this shape's weights.
    public var kernel: StencilKernel {
        // Every table below has side^rank finite weights with an odd side.
        switch self {
        case .heat1d: return try! StencilKernel(rank: 1, side: 3, weights: [0.25, 0.5, 0.25])
        case .p1d5: return try! StencilKernel(rank: 1, side: 5, weights: [0.05, 0.2, 0.5, 0.2, 0.05])
        case .heat2d: return Self.star(arms: [0.125], centre: 0.5)
        case .star2d9p: return Self.star(arms: [0.1, 0.05], centre: 0.4)
        case .star2d13p: return Self.star(arms: [0.1, 0.05, 0.03], centre: 0.28)
        case .box2d9p: return Self.box(side: 3)
        case .box2d25p: return Self.box(side: 5)
        case .box2d49p: return Self.box(side: 7)
        case .heat3d:
            return Self.cube { l1 in l1 == 0 ? 0.4 : (l1 == 1 ? 0.1 : 0) }
        case .box3d27p:
            return Self.cube { l1 in [0.3, 0.06, 0.02, 0.0125][l1] }
        }
    }

    /// A 2-D star: `arms[d-1]` at distance d along each axis.
    private static func star(arms: [Double], centre: Double) -> StencilKernel {
        let r = arms.count, n = 2 * r + 1
        var w = [Double](repeating: 0, count: n * n)
        w[r * n + r] = centre
        for (i, a) in arms.enumerated() {
            let d = i + 1
            w[r * n + r - d] = a; w[r * n + r + d] = a
            w[(r - d) * n + r] = a; w[(r + d) * n + r] = a
        }
        return try! StencilKernel(rank: 2, side: n, weights: w)
    }

    /// A 2-D ring-constant box: weight ∝ 1/(k+1) at Chebyshev distance k, normalised to sum 1.
    private static func box(side n: Int) -> StencilKernel {
        let r = n / 2
        var w = [Double](repeating: 0, count: n * n)
        for y in 0..<n {
            for x in 0..<n { w[y * n + x] = 1 / Double(max(abs(y - r), abs(x - r)) + 1) }
        }
        let sum = w.reduce(0, +)
        return try! StencilKernel(rank: 2, side: n, weights: w.map { $0 / sum })
    }

    /// A 3x3x3 kernel whose weight depends on the L1 distance from the centre (0...3).
    private static func cube(_ weight: (_ l1: Int) -> Double) -> StencilKernel {
        var w: [Double] = []
        for z in -1...1 { for y in -1...1 { for x in -1...1 { w.append(weight(abs(z) + abs(y) + abs(x))) } } }
        return try! StencilKernel(rank: 3, side: 3, weights: w)
    }
}
