import C4SCore
import C4SSpectral
import CFFTBaseline
import CFFTW

/// The `overhead` case of `c4s bench fft`: one r2c + c2r pair through C4SSpectral (`FFTPlanCache`,
/// `FFTPlan.execute`, timed in Swift) against a plain C program that plans the same sizes with the same flags
/// (so FFTW's wisdom gives it the same algorithms) and times the pair in C (`c4s_fft_baseline_pair_seconds`).
/// Both take the fastest of several pairs, in alternating rounds so that machine noise hits both alike.
enum FFTWrapperOverheadCase {
    /// Target of the issue: at most this fraction slower than the plain C program.
    static let target = 0.05

    static func run(_ settings: FFTBenchmarkSettings) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        let sizes = settings.quick ? [[1024, 1024], [256, 256], [1 << 18], [64, 64, 64]] : [[4096, 4096], [256, 256], [1 << 20], [128, 128, 128]]
        var rows: [BenchmarkReport.Row] = [], worst = 0.0
        for dims in sizes {
            try settings.context.cancellation.checkCancellation()
            let forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, effort: settings.effort, threads: settings.threads))
            let inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, effort: settings.effort, threads: settings.threads))
            let real = forward.makeInput(), spectrum = forward.makeOutput()
            var random = SplitMix64(seed: 42)
            for i in 0..<real.count { real[i] = 2 * random.nextUnit() - 1 }
            let points = dims.reduce(1, *), repetitions = points >= 1 << 22 ? 5 : 50
            let scale = 1 / Double(points)
            var swift = Double.infinity, c = Double.infinity
            for _ in 0..<5 {
                for _ in 0..<repetitions {
                    swift = min(swift, WallClock.time {
                        forward.execute(input: real, output: spectrum)
                        inverse.execute(input: spectrum, output: real)
                    })
                    for i in 0..<real.count { real[i] *= scale }
                }
                let seconds = dims.map { Int32($0) }.withUnsafeBufferPointer {
                    c4s_fft_baseline_pair_seconds(Int32(dims.count), $0.baseAddress!, flag(settings.effort), Int32(settings.threads), Int32(repetitions))
                }
                guard seconds > 0 else { throw SpectralError.planningFailed(forward.key) }
                c = min(c, seconds)
            }
            let overhead = swift / c - 1
            worst = max(worst, overhead)
            let flops = 2 * forward.key.nominalFlops
            rows.append(FFTBenchmarkSettings.row("overhead", size: dims, engine: "C4SSpectral vs C", [
                ("swift_seconds", swift, "s"), ("c_seconds", c, "s"), ("overhead", 100 * overhead, "%"),
                ("rate", flops / swift / 1e9, "GFLOP/s"),
            ]))
            settings.context.progress(String(format: "overhead: r2c+c2r %@: Swift %.4g s, C %.4g s, %+.1f%%", "\(dims)", swift, c, 100 * overhead))
        }
        return (rows, [
            "overhead: fastest r2c + c2r pair, \(settings.effort) plans on \(settings.threads) thread(s); C baseline plans the same sizes itself (same wisdom, same algorithms)",
            String(format: "target wrapper overhead <= %.0f%% against plain C: worst %.1f%%, %@", 100 * target, 100 * worst, worst <= target ? "met" : "missed"),
        ])
    }

    /// FFTW's planner flag for `effort`.
    private static func flag(_ effort: FFTPlanningEffort) -> UInt32 {
        switch effort {
        case .estimate: c4s_FFTW_ESTIMATE()
        case .measure: c4s_FFTW_MEASURE()
        case .patient: c4s_FFTW_PATIENT()
        }
    }
}
