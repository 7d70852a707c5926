import C4SCore
@testable import C4SStencil
import Testing

@Suite struct LowRankTests {
    @Test func starKernelsAreOneTermPerAxis() {
        #expect(LowRankDecomposition(kernel: StencilShape.heat2d.kernel).rank == 2)
        #expect(LowRankDecomposition(kernel: StencilShape.star2d13p.kernel).rank == 2)
        #expect(LowRankDecomposition(kernel: StencilShape.heat3d.kernel).rank == 3)
        #expect(LowRankDecomposition(kernel: StencilShape.heat2d.kernel).truncationError == 0)
    }

    @Test func ringConstantBoxesHaveRankHalfTheSidePlusOne() {
        for (shape, rank) in [(StencilShape.box2d9p, 2), (.box2d25p, 3), (.box2d49p, 4)] {
            let d = LowRankDecomposition(kernel: shape.kernel)
            #expect(d.rank == rank, "\(shape)")
            #expect(d.truncationError < 1e-14, "\(shape): \(d.truncationError)")
        }
        let cube = LowRankDecomposition(kernel: StencilShape.box3d27p.kernel)
        #expect(cube.truncationError < 1e-14)
    }

    @Test func ringConstantBoxesPeelIntoNestedBoxes() {
        for (shape, count) in [(StencilShape.box2d9p, 2), (.box2d25p, 3), (.box2d49p, 4)] {
            let terms = LowRankDecomposition(kernel: shape.kernel).terms
            let boxes = LoRALineOperator.nestedBoxes(terms)
            #expect(boxes?.count == count, "\(shape)")
            // g_k = f(k) - f(k+1) for ring weights f, the outermost box carrying the outer ring's weight.
            let k = shape.kernel, r = k.radius
            #expect(abs((boxes?.last ?? 0) - k.weight(dz: 0, dy: r, dx: r)) < 1e-17)
        }
        #expect(LoRALineOperator.nestedBoxes(LowRankDecomposition(kernel: StencilShape.heat2d.kernel).terms) == nil)
    }

    /// A constant outer ring around a random 3×3 centre: one peeled box, then the SVD of the 3×3 residual.
    @Test func peelingThenSVDReconstructsTheKernel() throws {
        var w = [Double](repeating: 0.02, count: 25)
        let centre: [Double] = [0.3, -0.1, 0.05, 0.2, 0.4, -0.3, 0.1, 0.15, 0.07]
        for y in 0..<3 { for x in 0..<3 { w[(y + 1) * 5 + x + 1] = centre[y * 3 + x] } }
        let kernel = try StencilKernel(rank: 2, side: 5, weights: w)
        let d = LowRankDecomposition(kernel: kernel)
        #expect(d.terms.first == SeparableTerm.box(radius: 2, weight: 0.02))
        #expect(d.rank == 4 && d.truncationError < 1e-14, "rank \(d.rank), error \(d.truncationError)")
        for boundary in [StencilBoundary.periodic, .dirichlet(0.5)] {
            let p = try problem(kernel, dims: [11, 17], boundary: boundary, steps: 3, threads: 2)
            #expect(try relativeDifference(LoRAStencilEngine(), p) < 1e-12)
        }
    }

    @Test func svdReconstructsARandomMatrix() {
        let a: [Double] = [4, -2, 1, 0.5, 3, 7, -1, 2, 2, 0, 5, -3]
        let t = JacobiSVD.decompose(a, rows: 3, columns: 4)
        #expect(t.filter { $0.sigma > 1e-13 * t[0].sigma }.count == 3, "a 3x4 matrix has rank 3")
        for i in 0..<3 {
            for j in 0..<4 {
                let sum = t.reduce(0.0) { $0 + $1.sigma * $1.u[i] * $1.v[j] }
                #expect(abs(sum - a[i * 4 + j]) < 1e-13)
            }
        }
    }
}
