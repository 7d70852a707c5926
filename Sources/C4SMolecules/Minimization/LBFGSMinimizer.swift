import Foundation

/// Limited-memory BFGS (Nocedal 1980; two-loop recursion) with a backtracking Armijo line search,
/// for smooth functions of many variables such as an MM energy of atomic coordinates.
///
/// Converged when the RMS over atoms of the gradient's per-atom length (3 coordinates per atom,
/// like `MMEvaluation.forceRMS`) is at most `tolerance`. Every step is capped so that no
/// coordinate moves by more than `maxDisplacement`.
public struct LBFGSMinimizer: Sendable {
    /// Correction pairs kept (≥ 1).
    public let memory: Int
    /// Convergence threshold on the RMS per-atom gradient length (function units per coordinate unit,
    /// e.g. kcal/(mol·Å)).
    public let tolerance: Double
    /// Iterations before giving up (≥ 1).
    public let maxIterations: Int
    /// Largest move of one coordinate in one step (coordinate units, e.g. Å).
    public let maxDisplacement: Double

    /// The outcome of one minimisation.
    public struct Outcome: Sendable {
        /// Final coordinates.
        public let x: [Double]
        /// Function value there.
        public let value: Double
        /// RMS per-atom gradient length there.
        public let rmsGradient: Double
        /// Iterations taken.
        public let iterations: Int
        /// Whether the tolerance was reached.
        public let converged: Bool
    }

    /// A minimiser. - Precondition: `memory >= 1`, `tolerance > 0`, `maxIterations >= 1`, `maxDisplacement > 0`.
    public init(memory: Int = 10, tolerance: Double = 1e-3, maxIterations: Int = 5000, maxDisplacement: Double = 0.1) {
        precondition(memory >= 1 && tolerance > 0 && maxIterations >= 1 && maxDisplacement > 0,
                     "LBFGSMinimizer: memory >= 1, tolerance > 0, maxIterations >= 1, maxDisplacement > 0")
        self.memory = memory
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.maxDisplacement = maxDisplacement
    }

    /// RMS over atoms of the per-atom gradient length (count a multiple of 3).
    static func rmsPerAtom(_ g: [Double]) -> Double {
        (g.reduce(0) { $0 + $1 * $1 } / Double(max(g.count / 3, 1))).squareRoot()
    }

    /// Minimises `function` (value and gradient at x) from `start`. - Precondition: `start.count` is a multiple of 3.
    public func minimize(from start: [Double], _ function: ([Double]) -> (value: Double, gradient: [Double])) -> Outcome {
        precondition(!start.isEmpty && start.count % 3 == 0, "LBFGSMinimizer: coordinates come in threes")
        let n = start.count
        var x = start, (f, g) = function(x)
        var sHistory: [[Double]] = [], yHistory: [[Double]] = [], rhoHistory: [Double] = []
        func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } }
        var iteration = 0
        while iteration < maxIterations {
            if Self.rmsPerAtom(g) <= tolerance { return Outcome(x: x, value: f, rmsGradient: Self.rmsPerAtom(g), iterations: iteration, converged: true) }
            iteration += 1
            // Two-loop recursion: d = −H g.
            var q = g, alphas = [Double](repeating: 0, count: sHistory.count)
            for k in stride(from: sHistory.count - 1, through: 0, by: -1) {
                alphas[k] = rhoHistory[k] * dot(sHistory[k], q)
                for i in 0..<n { q[i] -= alphas[k] * yHistory[k][i] }
            }
            if let s = sHistory.last, let y = yHistory.last {
                let gamma = dot(s, y) / dot(y, y)
                for i in 0..<n { q[i] *= gamma }
            }
            for k in 0..<sHistory.count {
                let beta = rhoHistory[k] * dot(yHistory[k], q)
                for i in 0..<n { q[i] += sHistory[k][i] * (alphas[k] - beta) }
            }
            var d = q.map { -$0 }
            if dot(d, g) >= 0 {
                sHistory.removeAll(); yHistory.removeAll(); rhoHistory.removeAll()
                d = g.map { -$0 }
            }
            let largest = d.reduce(0) { max($0, abs($1)) }
            var step = largest > maxDisplacement ? maxDisplacement / largest : 1
            let slope = dot(d, g)
            var accepted: (x: [Double], f: Double, g: [Double])?
            for _ in 0..<40 {
                let trial = (0..<n).map { x[$0] + step * d[$0] }
                let (ft, gt) = function(trial)
                if ft <= f + 1e-4 * step * slope { accepted = (trial, ft, gt); break }
                step *= 0.5
            }
            guard let next = accepted else {
                if sHistory.isEmpty { break }
                sHistory.removeAll(); yHistory.removeAll(); rhoHistory.removeAll()
                continue
            }
            let s = (0..<n).map { next.x[$0] - x[$0] }, y = (0..<n).map { next.g[$0] - g[$0] }
            let sy = dot(s, y)
            if sy > 1e-12 {
                sHistory.append(s); yHistory.append(y); rhoHistory.append(1 / sy)
                if sHistory.count > memory { sHistory.removeFirst(); yHistory.removeFirst(); rhoHistory.removeFirst() }
            }
            (x, f, g) = next
        }
        let rms = Self.rmsPerAtom(g)
        return Outcome(x: x, value: f, rmsGradient: rms, iterations: iteration, converged: rms <= tolerance)
    }
}
