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
