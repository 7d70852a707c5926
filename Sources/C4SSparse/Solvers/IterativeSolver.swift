import C4SCore

/// Krylov solvers for A·x = b on any `SparseOperator`, starting from x = 0.
///
/// `onIteration(iteration, relativeResidual)` is called after every iteration (1-based) and may throw to stop
/// (e.g. on cancellation). Vectors are preallocated, 64-byte aligned; the dense updates run on the operator's
/// threads. The residual is the recurrence residual ‖r‖₂ / ‖b‖₂.
public enum IterativeSolver {
    /// Conjugate gradient (Hestenes and Stiefel 1952), for symmetric positive definite A.
    /// - Throws: `SparseMatrixError` for a non-square matrix, a wrong-length or non-finite b;
    ///   `SolverError.breakdown` when pᵀAp is not positive; whatever `onIteration` throws.
    public static func conjugateGradient<A: SparseOperator>(
        _ a: A, b: [Double], tolerance: Double, maxIterations: Int,
        onIteration: (Int, Double) throws -> Void = { _, _ in }
    ) throws -> SolverOutcome {
        try check(a, b)
        let n = a.rows, ops = VectorKernels(count: n, threads: a.threads)
        let x = AlignedBuffer<Double>(count: max(n, 1), repeating: 0)
        let r = vector(b), p = vector(b), ap = AlignedBuffer<Double>(count: max(n, 1), repeating: 0)
        let normB = ops.dot(r, r).squareRoot()
        guard normB > 0 else { return SolverOutcome(solution: [Double](repeating: 0, count: n), iterations: 0,
                                                    residualHistory: [], converged: true, products: 0) }
        var rr = normB * normB, history: [Double] = [], converged = false, iteration = 0
        history.reserveCapacity(min(maxIterations, 100_000))
        while !converged && iteration < maxIterations {
            iteration += 1
            a.multiply(p.pointer, into: ap.pointer)
            let pap = ops.dot(p, ap)
            guard pap > 0, pap.isFinite else { throw SolverError.breakdown(method: "CG", iteration: iteration, quantity: "pᵀAp") }
            let alpha = rr / pap
            ops.scaleAdd(alpha, p, 1, into: x)
            let rrNew = ops.combine(r, -alpha, ap, into: r)
            let relative = rrNew.squareRoot() / normB
            history.append(relative)
            try onIteration(iteration, relative)
            converged = relative <= tolerance
            ops.scaleAdd(1, r, rrNew / rr, into: p)
            rr = rrNew
        }
        return SolverOutcome(solution: Array(x.buffer.prefix(n)), iterations: history.count, residualHistory: history,
                             converged: converged, products: history.count)
    }

    /// BiCGSTAB (van der Vorst 1992), for general square A.
    /// - Throws: `SparseMatrixError` for a non-square matrix, a wrong-length or non-finite b;
    ///   `SolverError.breakdown` when ρ, r̂ᵀv or tᵀt vanish; whatever `onIteration` throws.
    public static func biCGSTAB<A: SparseOperator>(
        _ a: A, b: [Double], tolerance: Double, maxIterations: Int,
        onIteration: (Int, Double) throws -> Void = { _, _ in }
    ) throws -> SolverOutcome {
        try check(a, b)
        let n = a.rows, ops = VectorKernels(count: n, threads: a.threads)
        func zeros() -> AlignedBuffer<Double> { AlignedBuffer(count: max(n, 1), repeating: 0) }
        let x = zeros(), r = vector(b), rHat = vector(b), p = zeros(), v = zeros(), s = zeros(), t = zeros()
        let normB = ops.dot(r, r).squareRoot()
        guard normB > 0 else { return SolverOutcome(solution: [Double](repeating: 0, count: n), iterations: 0,
                                                    residualHistory: [], converged: true, products: 0) }
        var rho = 1.0, alpha = 1.0, omega = 1.0, history: [Double] = [], converged = false, products = 0
        var iteration = 0
        while !converged && iteration < maxIterations {
            iteration += 1
            let rhoNew = ops.dot(rHat, r)
            guard rhoNew != 0, rhoNew.isFinite else { throw SolverError.breakdown(method: "BiCGSTAB", iteration: iteration, quantity: "ρ = r̂ᵀr") }
            let beta = (rhoNew / rho) * (alpha / omega)
            // p = r + β (p − ω v)
            ops.scaleAdd(-omega, v, 1, into: p)
            ops.scaleAdd(1, r, beta, into: p)
            a.multiply(p.pointer, into: v.pointer)
            products += 1
            let rHatV = ops.dot(rHat, v)
            guard rHatV != 0, rHatV.isFinite else { throw SolverError.breakdown(method: "BiCGSTAB", iteration: iteration, quantity: "r̂ᵀv") }
            alpha = rhoNew / rHatV
            let ss = ops.combine(r, -alpha, v, into: s)
            if ss.squareRoot() / normB <= tolerance {
                ops.scaleAdd(alpha, p, 1, into: x)
                history.append(ss.squareRoot() / normB)
                try onIteration(iteration, history.last!)
                converged = true
                break
            }
            a.multiply(s.pointer, into: t.pointer)
            products += 1
            let tt = ops.dot(t, t)
            guard tt > 0, tt.isFinite else { throw SolverError.breakdown(method: "BiCGSTAB", iteration: iteration, quantity: "tᵀt") }
            omega = ops.dot(t, s) / tt
            ops.scaleAdd(alpha, p, 1, into: x)
            ops.scaleAdd(omega, s, 1, into: x)
            let rr = ops.combine(s, -omega, t, into: r)
            rho = rhoNew
            history.append(rr.squareRoot() / normB)
            try onIteration(iteration, history.last!)
            converged = history.last! <= tolerance
            guard omega != 0 || converged else { throw SolverError.breakdown(method: "BiCGSTAB", iteration: iteration, quantity: "ω") }
        }
        return SolverOutcome(solution: Array(x.buffer.prefix(n)), iterations: iteration, residualHistory: history,
                             converged: converged, products: products)
    }

    private static func check<A: SparseOperator>(_ a: A, _ b: [Double]) throws {
        guard a.rows == a.columns else { throw SparseMatrixError.notSquare(rows: a.rows, columns: a.columns) }
        guard b.count == a.rows else { throw SparseMatrixError.dimensionMismatch(operation: "solve A·x = b", expected: a.rows, actual: b.count) }
        if let bad = b.firstIndex(where: { !$0.isFinite }) { throw SparseMatrixError.nonFiniteVector(name: "b", index: bad) }
    }

    private static func vector(_ values: [Double]) -> AlignedBuffer<Double> {
        AlignedBuffer(copying: values.isEmpty ? [0] : values)
    }
}
