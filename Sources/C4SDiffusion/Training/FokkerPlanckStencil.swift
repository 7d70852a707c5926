import C4SLearn

/// The finite-difference stencil of the Fokker–Planck residual of a score field in D dimensions,
/// R = ∂s/∂t − (β/2)∇φ with φ = x·s + ∇·s + ‖s‖², and its adjoint.
///
/// Row layout per collocation point (x, t): 2 rows at (x, t ± δ); then for each axis k and sign ±
/// the centre y = x ± h e_k at t, followed by 2 rows y ± h v_p per divergence direction v_p (the axes
/// for the exact divergence, Rademacher vectors for Hutchinson's estimate). Rows are numbered within
/// the point's block; `s(row, j)` and `x(row, j)` are the score and position of row `row`, coordinate `j`.
struct FokkerPlanckStencil {
    /// Dimension D.
    let dimension: Int
    /// Exact divergence (the D axes) or Hutchinson's estimate (Rademacher directions).
    let divergence: DivergenceEstimator
    /// Spatial step h (model coordinates).
    let spatialStep: Double
    /// Time step δ.
    let timeStep: Double

    /// Divergence directions per centre: D for the exact divergence, the probe count for Hutchinson.
    var directions: Int {
        if case .hutchinson(let probes) = divergence { return probes }
        return dimension
    }
    /// Rows of one centre y: itself plus two per direction.
    var rowsPerCentre: Int { 1 + 2 * directions }
    /// Rows of one collocation point.
    var rowsPerPoint: Int { 2 + 2 * dimension * rowsPerCentre }
    /// Row of centre (k, sign) within a point's block (sign 0 = +, 1 = −).
    func centreRow(axis k: Int, sign: Int) -> Int { 2 + (2 * k + sign) * rowsPerCentre }
    /// The divergence is the sum over directions of vᵀJv divided by this (1 exact, the probe count for Hutchinson).
    var directionAveraging: Double { divergence == .exact ? 1 : Double(directions) }

    /// Divergence directions of one point (directions × D): the unit axes, or Rademacher vectors from `random`.
    func probes(_ random: inout NormalRandom) -> [Double] {
        let d = dimension
        return (0..<(directions * d)).map { i in divergence == .exact ? (i / d == i % d ? 1 : 0) : random.nextSign() }
    }

    /// Calls `set(row, position, time)` for every row of the point (x, t) with directions `probes`.
    func layout(point x: [Double], time t: Double, probes: [Double], set: (Int, [Double], Double) -> Void) {
        let d = dimension, h = spatialStep
        set(0, x, t + timeStep)
        set(1, x, t - timeStep)
        for k in 0..<d {
            for sign in 0..<2 {
                var y = x
                y[k] += sign == 0 ? h : -h
                let row = centreRow(axis: k, sign: sign)
                set(row, y, t)
                for p in 0..<directions {
                    let v = probes[(p * d)..<((p + 1) * d)]
                    set(row + 1 + 2 * p, zip(y, v).map { $0 + h * $1 }, t)
                    set(row + 2 + 2 * p, zip(y, v).map { $0 - h * $1 }, t)
                }
            }
        }
    }

    /// φ = x·s + ∇·s + ‖s‖² at the centre row `row`.
    private func phi(_ row: Int, probes: [Double], x: (Int, Int) -> Double, s: (Int, Int) -> Double) -> Double {
        let d = dimension, h = spatialStep
        var value = 0.0
        for j in 0..<d { value += x(row, j) * s(row, j) + s(row, j) * s(row, j) }
        for p in 0..<directions {
            for j in 0..<d { value += probes[p * d + j] * (s(row + 1 + 2 * p, j) - s(row + 2 + 2 * p, j)) / (2 * h) / directionAveraging }
        }
        return value
    }

    /// The residual R (D values) at the point, β = β(t).
    func residual(beta: Double, probes: [Double], x: (Int, Int) -> Double, s: (Int, Int) -> Double) -> [Double] {
        (0..<dimension).map { k in
            let plus = phi(centreRow(axis: k, sign: 0), probes: probes, x: x, s: s)
            let minus = phi(centreRow(axis: k, sign: 1), probes: probes, x: x, s: s)
            return (s(0, k) - s(1, k)) / (2 * timeStep) - 0.5 * beta * (plus - minus) / (2 * spatialStep)
        }
    }

    /// Back-propagates ∂L/∂R (`residualAdjoint`, D values) to the scores of the rows: calls
    /// `add(row, j, ∂L/∂s(row, j))` for each contribution.
    func addAdjoint(_ residualAdjoint: [Double], beta: Double, probes: [Double], x: (Int, Int) -> Double,
                    s: (Int, Int) -> Double, add: (Int, Int, Double) -> Void) {
        let d = dimension, h = spatialStep
        for k in 0..<d {
            let gR = residualAdjoint[k]
            add(0, k, gR / (2 * timeStep))
            add(1, k, -gR / (2 * timeStep))
            for sign in 0..<2 {
                let gPhi = -0.5 * beta * gR * (sign == 0 ? 1 : -1) / (2 * h)
                let row = centreRow(axis: k, sign: sign)
                for j in 0..<d { add(row, j, gPhi * (x(row, j) + 2 * s(row, j))) }
                for p in 0..<directions {
                    for j in 0..<d {
                        let g = gPhi * probes[p * d + j] / (2 * h) / directionAveraging
                        add(row + 1 + 2 * p, j, g)
                        add(row + 2 + 2 * p, j, -g)
                    }
                }
            }
        }
    }
}
