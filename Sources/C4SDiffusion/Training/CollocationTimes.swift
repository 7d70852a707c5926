import C4SLearn
import Foundation

/// Diffusion times of physics-informed collocation points on [earliest, latest]: with probability ½
/// uniform in t, otherwise uniform in log σ(t), so that the small noise levels, where the score
/// changes fastest and the density's shape is decided, get as many points as the late ones.
struct CollocationTimes {
    /// The forward process.
    let schedule: NoiseSchedule

    /// A time in [earliest, latest]. - Precondition: 0 < earliest ≤ latest ≤ 1.
    func draw(earliest: Double, latest: Double, random: inout NormalRandom) -> Double {
        let u = random.uniform.nextUnit()
        guard random.nextSign() < 0 else { return earliest + (latest - earliest) * u }
        let low = log(schedule.sigma(earliest)), high = log(schedule.sigma(latest))
        return time(ofSigma: exp(low + (high - low) * u), in: earliest...latest)
    }

    /// The t in `range` with σ(t) = `target` (σ increases with t), by bisection to 1e-12.
    func time(ofSigma target: Double, in range: ClosedRange<Double>) -> Double {
        var low = range.lowerBound, high = range.upperBound
        while high - low > 1e-12 {
            let mid = 0.5 * (low + high)
            if schedule.sigma(mid) < target { low = mid } else { high = mid }
        }
        return 0.5 * (low + high)
    }
}
