import C4SCore
import C4SLearn
import Foundation

/// A random-walk Metropolis reference run on a 2-D system: Gaussian proposals of standard deviation
/// `system.metropolisStepSize` per coordinate, accepted with probability min(1, e^{−Δu}); on a
/// periodic system proposals are wrapped onto the torus (a symmetric proposal there too).
public struct MetropolisChain: Sendable {
    /// Recorded points (records × 2, row-major), one every `thinning` steps.
    public let points: [Double]
    /// Steps taken.
    public let steps: Int
    /// Steps between records.
    public let thinning: Int
    /// Fraction of accepted proposals.
    public let acceptance: Double
    /// Whether the points are angles on the torus (degrees).
    public let periodic: Bool

    /// Runs `steps` steps from `start`, recording every `thinning`-th, with randomness fixed by `seed`.
    /// `shouldStop` is polled every 2^20 steps; when it returns true the chain ends there.
    /// - Precondition: `steps >= thinning >= 1`.
    public init(system: some EquilibriumSystem, start: SIMD2<Double>, steps: Int, thinning: Int, seed: UInt64,
                shouldStop: () -> Bool = { false }) {
        precondition(thinning >= 1 && steps >= thinning, "MetropolisChain: steps >= thinning >= 1")
        var random = NormalRandom(seed: seed)
        var p = start, u = system.reducedEnergy(start), accepted = 0, taken = 0
        var points = [Double]()
        points.reserveCapacity(2 * (steps / thinning))
        let delta = system.metropolisStepSize
        for step in 1...steps {
            let proposal = system.wrapped(p + delta * SIMD2(random.next(), random.next()))
            let uNew = system.reducedEnergy(proposal)
            if uNew <= u || random.uniform.nextUnit() < exp(u - uNew) {
                p = proposal
                u = uNew
                accepted += 1
            }
            taken = step
            if step % thinning == 0 { points += [p.x, p.y] }
            if step & 0xFFFFF == 0 && shouldStop() { break }
        }
        self.points = points
        self.steps = taken
        self.thinning = thinning
        acceptance = Double(accepted) / Double(max(taken, 1))
        periodic = system.isPeriodic
    }

    /// A chain from given records (e.g. a series with known statistics).
    /// - Precondition: `points` holds whole (x, y) pairs; `steps >= thinning >= 1`.
    init(points: [Double], steps: Int, thinning: Int, acceptance: Double, periodic: Bool) {
        precondition(points.count % 2 == 0 && thinning >= 1 && steps >= thinning, "MetropolisChain: whole pairs and steps >= thinning >= 1")
        self.points = points
        self.steps = steps
        self.thinning = thinning
        self.acceptance = acceptance
        self.periodic = periodic
    }

    /// Records.
    public var records: Int { points.count / 2 }

    /// The largest integrated autocorrelation time over the two coordinates, in steps; on the torus
    /// over cos and sin of both angles (the angles themselves jump at ±180°).
    public var autocorrelationSteps: Double {
        let series = periodic ? TorusEmbedding.features(ofAngles: points) : points, d = periodic ? 4 : 2
        return (0..<d).map { k in
            IntegratedAutocorrelation.time(stride(from: k, to: series.count, by: d).map { series[$0] }) * Double(thinning)
        }.max()!
    }
}
