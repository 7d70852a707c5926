import C4SCore
import C4SSparse
import C4SStencil
import C4SWorkbench
import Testing

/// The stencil operator as a CSR matrix against the stencil reference engine's single step.
@Suite struct StencilOperatorTests {
    /// Every shape plus two user kernels without symmetry (1-D side 5, 2-D side 3).
    static let kernels: [(name: String, kernel: StencilKernel)] = StencilShape.allCases.map { ($0.rawValue, $0.kernel) } + [
        ("user 1-D", try! StencilKernel(rank: 1, side: 5, weights: [0.1, -0.3, 0.7, 0.05, 0.2])),
        ("user 2-D", try! StencilKernel(rank: 2, side: 3, weights: [0.1, 0, -0.2, 0.3, 0.4, 0, 0.05, 0.15, 0.25])),
    ]

    /// Small odd grids, at least as large as the largest kernel side (7).
    static func dims(rank: Int) -> [Int] { [[13], [9, 11], [5, 7, 9]][rank - 1] }

    @Test(arguments: [StencilBoundary.periodic, .dirichlet(0.7)])
    func productEqualsOneReferenceStep(boundary: StencilBoundary) throws {
        for (name, kernel) in Self.kernels {
            let dims = Self.dims(rank: kernel.rank)
            let grid = try StencilGrid.generate(dims: dims, pattern: .random, seed: 11)
            let problem = try StencilProblem(grid: grid, kernel: kernel, boundary: boundary, steps: 1, threads: 1)
            let expected = try ReferenceStencilEngine().run(problem) { _ in }.grid.values
            for threads in [1, 2] {
                let op = try kernel.sparseOperator(dims: dims, boundary: boundary, threads: threads)
                let product = try op.matrix.multiply(grid.values)
                let error = zip(zip(product, op.haloContribution), expected).reduce(0) { max($0, abs($1.0.0 + $1.0.1 - $1.1)) }
                #expect(error <= 1e-13, "\(name) \(boundary) threads \(threads): \(error)")
            }
        }
    }

    @Test(arguments: [StencilBoundary.periodic, .dirichlet(0)])
    func nonzeroCountsAreExact(boundary: StencilBoundary) throws {
        for (name, kernel) in Self.kernels {
            let dims = Self.dims(rank: kernel.rank), taps = kernel.taps
            let a = try kernel.sparseOperator(dims: dims, boundary: boundary).matrix
            let expected: Int
            if boundary == .periodic {
                expected = dims.reduce(1, *) * taps.count
            } else {
                // A tap at offset o has a neighbour inside for n − |o| points per axis.
                expected = taps.reduce(0) { sum, t in
                    sum + zip(dims, [t.dz, t.dy, t.dx].suffix(kernel.rank)).reduce(1) { $0 * ($1.0 - abs($1.1)) }
                }
            }
            #expect(a.nonzeros == expected, "\(name) \(boundary)")
            #expect(a.rows == dims.reduce(1, *) && a.columns == a.rows)
        }
    }

    @Test func gridOfAnotherRankIsRefused() {
        #expect(throws: StencilError.rankMismatch(kernel: 3, grid: 2)) {
            try StencilShape.box3d27p.kernel.sparseOperator(dims: [8, 8], boundary: .periodic)
        }
    }
}
