import C4SLearn
import Foundation

/// DPM-Solver++(2M) (C. Lu et al., arXiv:2211.01095): a second-order multistep solver of the
/// probability-flow ODE in data-prediction form, one network evaluation per step.
///
/// With α = √ᾱ, λ = log(α/σ) and the data prediction D(x, t) = (x − σ ε(x, t))/α, the ODE's exact
/// solution from t_{i−1} to t_i is x_i = (σ_i/σ_{i−1}) x_{i−1} + σ_i ∫ e^λ D dλ; the solver takes D
/// linear in λ through the last two predictions: x_i = (σ_i/σ_{i−1}) x_{i−1} − α_i (e^{−h_i} − 1) D̂,
/// D̂ = (1 + 1/(2r)) D_{i−1} − D_{i−2}/(2r), r = h_{i−1}/h_i, h_i = λ_i − λ_{i−1} (first order, D̂ = D_{i−1},
/// at the first step and, below 15 steps, at the last). Steps are equal in λ from t = 1 to t_min = 1/N.
public struct DPMSolverSampler: Sendable {
    /// Solver steps M (≥ 1) = network evaluations per sample.
    public let steps: Int

    /// A solver with `steps` steps. - Precondition: `steps >= 1`.
    public init(steps: Int) {
        precondition(steps >= 1, "DPMSolverSampler needs at least one step")
        self.steps = steps
    }

    /// Times t_0 = 1 > t_1 > … > t_M = t_min, equally spaced in λ (M + 1 values).
    public func times(_ schedule: NoiseSchedule) -> [Double] {
        let tMin = schedule.time(ofStep: 1), start = schedule.halfLogSNR(1), end = schedule.halfLogSNR(tMin)
        return (0...steps).map { i in
            i == 0 ? 1 : i == steps ? tMin
                : schedule.time(halfLogSNR: start + (end - start) * Double(i) / Double(steps), in: tMin, 1)
        }
    }

    /// Draws `rows` samples in model coordinates into `x` (rows × D) from x(1) ~ N(0, I) drawn from `random`.
    public func sample<Field: ScoreField>(_ field: Field, rows: Int, into x: UnsafeMutablePointer<Double>,
                                          workspace: Field.Workspace, random: inout NormalRandom) {
        let n = rows * field.dimension, schedule = field.schedule, t = times(schedule)
        for i in 0..<n { x[i] = random.next() }
        let buffer = UnsafeMutablePointer<Double>.allocate(capacity: 3 * n)
        buffer.initialize(repeating: 0, count: 3 * n)
        defer { buffer.deallocate() }
        let noise = buffer
        var current = buffer + n, previous = buffer + 2 * n
        var previousStep = 0.0
        for i in 1...steps {
            let alphaFrom = schedule.alphaBar(t[i - 1]).squareRoot(), sigmaFrom = schedule.sigma(t[i - 1])
            let alphaTo = schedule.alphaBar(t[i]).squareRoot(), sigmaTo = schedule.sigma(t[i])
            let h = schedule.halfLogSNR(t[i]) - schedule.halfLogSNR(t[i - 1])
            field.predictNoise(x, rows: rows, time: t[i - 1], into: noise, workspace: workspace)
            for k in 0..<n { current[k] = (x[k] - sigmaFrom * noise[k]) / alphaFrom }
            let firstOrder = i == 1 || (i == steps && steps < 15)
            let r = firstOrder ? 1 : previousStep / h
            let wCurrent = firstOrder ? 1 : 1 + 0.5 / r, wPrevious = firstOrder ? 0 : -0.5 / r
            let keep = sigmaTo / sigmaFrom, push = -alphaTo * expm1(-h)
            for k in 0..<n { x[k] = keep * x[k] + push * (wCurrent * current[k] + wPrevious * previous[k]) }
            swap(&current, &previous)
            previousStep = h
        }
    }
}
