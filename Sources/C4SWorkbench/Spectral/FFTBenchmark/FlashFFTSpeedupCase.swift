import C4SCore
import C4SStencil

/// The `speedup` case of `c4s bench fft`: periodic Heat-2D on 4096² (1024² quick) for 1000 steps, flashfft
/// against every direct engine on the same grid in the same run. The direct engines are timed for
/// `directSteps` steps and their time scaled linearly to 1000 steps (their cost per step is constant).
enum FlashFFTSpeedupCase {
    /// Target of the issue: flashfft at least this many times faster than the fastest direct engine.
    static let target = 20.0

    static func run(_ settings: FFTBenchmarkSettings, directSteps: Int) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        let dims = settings.quick ? [1024, 1024] : [4096, 4096], steps = 1000, points = Double(dims.reduce(1, *))
        let grid = try StencilGrid.generate(dims: dims, pattern: .random, seed: 42)
        func problem(_ steps: Int) throws -> StencilProblem {
            try StencilProblem(grid: grid, kernel: StencilShape.heat2d.kernel, boundary: .periodic, steps: steps, threads: settings.threads)
        }
        let cancellation = settings.context.cancellation
        try cancellation.checkCancellation()
        let flash = try FlashFFTEngine(effort: settings.effort).run(problem(steps)) { _ in try cancellation.checkCancellation() }
        settings.context.progress(String(format: "speedup: flashfft heat2d %@ %d steps: %.3f s", "\(dims)", steps, flash.seconds))
        var rows = [FFTBenchmarkSettings.row("speedup", shape: "heat2d", boundary: "periodic", size: dims, engine: "flashfft", steps: steps, [
            ("seconds", flash.seconds, "s"), ("measured_steps", Double(steps), "1"),
            ("rate", points * Double(steps) / flash.seconds / 1e9, "GStencil/s"), ("flashfft_speedup", 1, "x"),
            ("predicted_seconds", flash.facts["predicted_seconds"] ?? .nan, "s"),
        ])]
        var best = (engine: "", seconds: Double.infinity)
        for kind in [StencilEngineKind.vectorized, .convstencil, .lorastencil, .cLoop] {
            try cancellation.checkCancellation()
            let measured = try kind.engine().run(problem(directSteps)) { _ in try cancellation.checkCancellation() }
            let seconds = measured.seconds * Double(steps) / Double(directSteps)
            if seconds < best.seconds { best = (kind.rawValue, seconds) }
            rows.append(FFTBenchmarkSettings.row("speedup", shape: "heat2d", boundary: "periodic", size: dims, engine: kind.rawValue, steps: steps, [
                ("seconds", seconds, "s"), ("measured_steps", Double(directSteps), "1"),
                ("rate", points * Double(steps) / seconds / 1e9, "GStencil/s"), ("flashfft_speedup", seconds / flash.seconds, "x"),
            ]))
            settings.context.progress(String(format: "speedup: %@ %d steps measured: %.3f s for 1000 (scaled)", kind.rawValue, directSteps, seconds))
        }
        let speedup = best.seconds / flash.seconds
        return (rows, [
            "speedup: direct engines timed for \(directSteps) steps and scaled linearly to \(steps); flashfft runs all \(steps) steps",
            String(format: "target flashfft >= %.0fx the fastest direct engine (%@) on periodic heat2d %@ x %d steps: %.1fx, %@",
                   target, best.engine, dims.map(String.init).joined(separator: "x"), steps, speedup, speedup >= target ? "met" : "missed"),
        ])
    }
}
