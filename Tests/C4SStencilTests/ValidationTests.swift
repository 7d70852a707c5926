import C4SCore
import C4SStencil
import Foundation
import Testing

@Suite struct ValidationTests {
    @Test func badProblemsSayWhatIsWrong() throws {
        let grid = try StencilGrid.generate(dims: [4, 4], pattern: .random, seed: 1)
        #expect(throws: StencilError.gridTooSmall(dims: [4, 4], kernelSide: 5)) {
            try StencilProblem(grid: grid, kernel: StencilShape.box2d25p.kernel, boundary: .periodic, steps: 1, threads: 1)
        }
        #expect(throws: StencilError.badSteps(0)) {
            try StencilProblem(grid: grid, kernel: StencilShape.heat2d.kernel, boundary: .periodic, steps: 0, threads: 1)
        }
        #expect(throws: StencilError.rankMismatch(kernel: 3, grid: 2)) {
            try StencilProblem(grid: grid, kernel: StencilShape.heat3d.kernel, boundary: .periodic, steps: 1, threads: 1)
        }
        #expect(StencilError.gridTooSmall(dims: [4, 4], kernelSide: 5).description.contains("every side must be at least 5"))
        #expect(StencilError.badSteps(0).description.contains("at least 1 time step"))
    }

    @Test func userWeightsParseFromTextAndJSON() throws {
        let text = try StencilKernel(parsing: "# smoothing\n0 1 0\n1 4 1\n0 1 0\n")
        #expect(text.rank == 2 && text.side == 3 && text.weights[4] == 4)
        let json = try StencilKernel(parsing: "[[0, 1, 0], [1, 4, 1], [0, 1, 0]]")
        #expect(json == text)
        #expect(try StencilKernel(parsing: "0.25, 0.5, 0.25").rank == 1)
        let cube = try StencilKernel(parsing: "0 0 0\n0 1 0\n0 0 0\n\n0 1 0\n1 2 1\n0 1 0\n\n0 0 0\n0 1 0\n0 0 0")
        #expect(cube.rank == 3 && cube.side == 3 && cube.weight(dz: 0, dy: 0, dx: 0) == 2)
        #expect(try StencilKernel(parsing: "[[[1]]]").rank == 3)
    }

    @Test func badUserWeightsAreRejectedWithAClearMessage() {
        #expect(throws: StencilError.nonFiniteWeight(index: 1)) { try StencilKernel(parsing: "1 nan 1") }
        #expect(throws: StencilError.nonFiniteWeight(index: 2)) { try StencilKernel(parsing: "1 1 inf") }
        #expect(throws: StencilError.evenSide(2)) { try StencilKernel(parsing: "1 2\n3 4") }
        #expect(throws: StencilError.notSquare("row 2 of plane 1 has 2 weights for 3 rows")) {
            try StencilKernel(parsing: "1 2 3\n4 5\n6 7 8")
        }
        #expect(throws: StencilError.notSquare("row 1 of plane 1 has 3 weights for 2 rows")) {
            try StencilKernel(parsing: "1 2 3\n4 5 6\n")
        }
        #expect(throws: StencilError.notSquare("plane 2 has 1 rows, plane 1 has 3")) {
            try StencilKernel(parsing: "[[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3]], [[1, 2, 3]]]")
        }
        #expect(throws: StencilError.unreadableWeights("expected numbers, found x")) { try StencilKernel(parsing: "[\"x\"]") }
        #expect(throws: StencilError.unreadableWeights("'x' is not a number")) { try StencilKernel(parsing: "1 x 1") }
        #expect(throws: StencilError.self) { try StencilKernel(contentsOf: URL(fileURLWithPath: "/nonexistent/w.txt")) }
        #expect(StencilError.notSquare("x").description.contains("not square"))
    }

    @Test func shapesHaveThePapersPointCounts() {
        let counts: [StencilShape: Int] = [.heat1d: 3, .p1d5: 5, .heat2d: 5, .box2d9p: 9, .star2d9p: 9, .box2d25p: 25,
                                           .star2d13p: 13, .box2d49p: 49, .heat3d: 7, .box3d27p: 27]
        for shape in StencilShape.allCases {
            #expect(shape.kernel.taps.count == counts[shape], "\(shape)")
            #expect(abs(shape.kernel.weights.reduce(0, +) - 1) < 1e-14, "\(shape) weights sum to 1")
        }
    }
}
