import C4SCore
import C4SSparse
import Testing

@Suite struct SolverTests {
    /// Dense Gaussian elimination with partial pivoting: the direct check.
    static func directSolve(_ csr: CSRMatrix, _ b: [Double]) -> [Double] {
        let n = csr.rows
        var a = csr.denseValues(), x = b
        for k in 0..<n {
            let p = (k..<n).max { abs(a[$0 * n + k]) < abs(a[$1 * n + k]) }!
            if p != k {
                for j in 0..<n { a.swapAt(k * n + j, p * n + j) }
                x.swapAt(k, p)
            }
            for i in (k + 1)..<n where a[i * n + k] != 0 {
                let f = a[i * n + k] / a[k * n + k]
                for j in k..<n { a[i * n + j] -= f * a[k * n + j] }
                x[i] -= f * x[k]
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            var s = x[k]
            for j in (k + 1)..<n { s -= a[k * n + j] * x[j] }
            x[k] = s / a[k * n + k]
        }
        return x
    }

    @Test(arguments: [1, 2])
    func cgConvergesOnPoissonInEveryFormatAndMatchesTheDirectSolve(threads: Int) throws {
        let csr = try PoissonGenerator.poisson2D(n: 12)
        let b = SparseTestSupport.vector(csr.rows, seed: 21)
        let direct = Self.directSolve(csr, b)
        for (name, m) in try SparseTestSupport.allFormats(csr, threads: threads) {
            var seen: [Double] = []
            let outcome = try IterativeSolver.conjugateGradient(m, b: b, tolerance: 1e-10, maxIterations: 500) { i, r in
                #expect(i == seen.count + 1)
                seen.append(r)
            }
            #expect(outcome.converged, "\(name)")
            #expect(outcome.residualHistory == seen && outcome.finalResidual <= 1e-10)
            // CG on an SPD matrix of 144 unknowns converges in at most 144 steps in exact arithmetic.
            #expect(outcome.iterations <= 144, "\(name): \(outcome.iterations) iterations")
            #expect(SparseTestSupport.relativeError(outcome.solution, direct) < 1e-8, "\(name)")
        }
    }

    @Test func cgOnPoisson3DMatchesScipyIterationCount() throws {
        // scipy 1.17.1: A = kron sum of tridiag(-1, 2, -1) on 8^3 (the same matrix as PoissonGenerator), b = A @ ones,
        // x0 = 0: scipy.sparse.linalg.cg(A, b, rtol=1e-8) stopped after 19 iterations (counted with a callback).
        let csr = try PoissonGenerator.poisson3D(n: 8)
        let b = try csr.multiply([Double](repeating: 1, count: csr.rows))
        let outcome = try IterativeSolver.conjugateGradient(try VNECMatrix(csr, threads: 2), b: b, tolerance: 1e-8, maxIterations: 1000)
        #expect(abs(outcome.iterations - 19) <= 1, "\(outcome.iterations) iterations")
        #expect(outcome.solution.allSatisfy { abs($0 - 1) < 1e-6 })
    }

    @Test func biCGSTABSolvesANonsymmetricSystem() throws {
        // Convection-diffusion: Poisson 2-D plus an upwind first-derivative term (nonsymmetric, diagonally dominant).
        let n = 10, p = try PoissonGenerator.poisson2D(n: n)
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        for i in 0..<p.rows {
            for (col, value) in p.row(i) { r.append(i); c.append(col); v.append(value) }
            r.append(i); c.append(i); v.append(0.5)
            if i % n > 0 { r.append(i); c.append(i - 1); v.append(-0.5) }
        }
        let csr = try CSRMatrix(rows: p.rows, columns: p.columns, rowIndices: r, columnIndices: c, values: v)
        let b = SparseTestSupport.vector(csr.rows, seed: 4)
        let direct = Self.directSolve(csr, b)
        for (name, m) in try SparseTestSupport.allFormats(csr, threads: 2) {
            let outcome = try IterativeSolver.biCGSTAB(m, b: b, tolerance: 1e-11, maxIterations: 400)
            #expect(outcome.converged && outcome.products <= 2 * outcome.iterations, "\(name)")
            #expect(SparseTestSupport.relativeError(outcome.solution, direct) < 1e-8, "\(name)")
        }
    }

    @Test func zeroRightHandSideNeedsNoIteration() throws {
        let csr = try PoissonGenerator.poisson2D(n: 4)
        let outcome = try IterativeSolver.conjugateGradient(csr, b: [Double](repeating: 0, count: 16), tolerance: 1e-8, maxIterations: 10)
        #expect(outcome.converged && outcome.iterations == 0 && outcome.solution == [Double](repeating: 0, count: 16))
    }

    @Test func cgStopsAtTheIterationLimitWithoutConverging() throws {
        let csr = try PoissonGenerator.poisson2D(n: 20)
        let outcome = try IterativeSolver.conjugateGradient(csr, b: [Double](repeating: 1, count: 400), tolerance: 1e-12, maxIterations: 3)
        #expect(!outcome.converged && outcome.iterations == 3 && outcome.residualHistory.count == 3)
    }

    @Test func cgReportsBreakdownOnAnIndefiniteMatrix() throws {
        let csr = try CSRMatrix(rows: 2, columns: 2, rowIndices: [0, 1], columnIndices: [0, 1], values: [1, -1])
        #expect(throws: SolverError.breakdown(method: "CG", iteration: 1, quantity: "pᵀAp")) {
            try IterativeSolver.conjugateGradient(csr, b: [1, 1], tolerance: 1e-8, maxIterations: 10)
        }
    }
}
