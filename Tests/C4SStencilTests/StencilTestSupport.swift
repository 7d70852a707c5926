import C4SCore
@testable import C4SStencil

/// Runs `engine` and the reference on the same problem and returns the relative max-norm difference.
func relativeDifference(_ engine: any StencilEngine, _ problem: StencilProblem) throws -> Double {
    let expected = try ReferenceStencilEngine().run(problem) { _ in }.grid.values
    let actual = try engine.run(problem) { _ in }.grid.values
    let scale = max(expected.map(abs).max() ?? 0, 1e-300)
    return zip(expected, actual).map { abs($0 - $1) }.max()! / scale
}

/// A problem on a seeded random grid.
func problem(_ kernel: StencilKernel, dims: [Int], boundary: StencilBoundary, steps: Int, threads: Int, seed: UInt64 = 7) throws -> StencilProblem {
    try StencilProblem(grid: StencilGrid.generate(dims: dims, pattern: .random, seed: seed), kernel: kernel,
                       boundary: boundary, steps: steps, threads: threads)
}

/// Odd-sized grids per rank: not multiples of the vector width (4, 8) or of the block sizes.
func oddDims(rank: Int) -> [Int] {
    switch rank {
    case 1: [67]
    case 2: [13, 21]
    default: [9, 7, 11]
    }
}
