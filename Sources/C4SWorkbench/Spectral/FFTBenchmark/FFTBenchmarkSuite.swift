import C4SSpectral
import Foundation

/// `c4s bench fft`: FlashFFTStencil against the direct stencil engines and FFTW's own C interface, all in one run.
///
/// Cases: `speedup` (periodic Heat-2D 4096², 1000 steps: flashfft vs every direct engine; the direct engines run
/// fewer steps and are scaled to 1000, as the notes say), `crossover` (per shape and boundary, the smallest T at
/// which flashfft beats the fastest direct engine, by bisection over T), `auto` (whether the cost model's choice is
/// the measured fastest engine, per shape × boundary × T), `overhead` (C4SSpectral's r2c + c2r
/// against a plain C program executing the same FFTW plans) and `accuracy` (flashfft's max error against the
/// reference engine at T = 1, 10, 100, 1000). FFTW wisdom is loaded from and saved to the user cache.
public enum FFTBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "fft",
        summary: "flashfft vs the direct stencil engines (speed-up, crossover T per shape, auto's choice vs the measured fastest), FFT wrapper overhead vs plain C, error growth with T",
        parameters: [
            ParameterSpec("quick", "smaller grids (1024² speed-up, half-size crossover grids) for a fast run", kind: .bool, default: .bool(false)),
            ParameterSpec("cases", "comma-separated cases: speedup, crossover, auto, overhead, accuracy, or all", kind: .text, default: .string("all")),
            ParameterSpec("direct-steps", "steps the direct engines are timed for in the speed-up case (scaled to 1000)",
                          kind: .int(1...1000), default: .int(20)),
            ParameterSpec("max-steps", "largest T the crossover search tries", kind: .int(2...100_000), default: .int(1024)),
            ParameterSpec("effort", "FFTW planning effort", kind: .choice(FFTPlanningEffort.allCases.map(\.rawValue)), default: .string("measure")),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    private static let caseNames = ["speedup", "crossover", "auto", "overhead", "accuracy"]

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        let text = parameters.string("cases").lowercased()
        let cases = text == "all" ? caseNames : text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in cases where !caseNames.contains(name) {
            throw ParameterError.malformedArguments("unknown case '\(name)'; choose from \(caseNames.joined(separator: ", ")) or all")
        }
        let effort = FFTPlanningEffort(rawValue: parameters.string("effort"))!
        let wisdom = context.environment.cacheDirectory.appendingPathComponent(FFTWisdom.fileName)
        try FFTWisdom.load(from: wisdom)
        let settings = FFTBenchmarkSettings(quick: parameters.bool("quick"), threads: parameters.threads(), effort: effort, context: context)
        var rows: [BenchmarkReport.Row] = [], notes: [String] = []
        for name in cases {
            let part: (rows: [BenchmarkReport.Row], notes: [String])
            switch name {
            case "speedup": part = try FlashFFTSpeedupCase.run(settings, directSteps: parameters.int("direct-steps"))
            case "crossover": part = try FlashFFTCrossoverCase.run(settings, maxSteps: parameters.int("max-steps"))
            case "auto": part = try FlashFFTAutoChoiceCase.run(settings)
            case "overhead": part = try FFTWrapperOverheadCase.run(settings)
            default: part = try FlashFFTErrorGrowthCase.run(settings)
            }
            rows += part.rows
            notes += part.notes
            try FFTWisdom.save(to: wisdom)
        }
        return BenchmarkReport(suite: "fft", rows: BenchmarkReport.uniformColumns(rows), notes: notes)
    }
}

/// What every case of `c4s bench fft` needs: size switch, threads, FFTW effort and the suite's context.
struct FFTBenchmarkSettings: Sendable {
    /// Smaller grids.
    let quick: Bool
    /// Worker threads (≥ 1).
    let threads: Int
    /// FFTW planning effort.
    let effort: FFTPlanningEffort
    /// Cancellation and progress.
    let context: BenchmarkContext

    /// A row with the suite's label columns (case, shape, boundary, size, engine, steps) and `values`.
    static func row(_ name: String, shape: String = "-", boundary: String = "-", size: [Int], engine: String = "-", steps: Int? = nil,
                    _ values: [(name: String, value: Double, unit: String)]) -> BenchmarkReport.Row {
        .init(labels: [("case", name), ("shape", shape), ("boundary", boundary), ("size", size.map(String.init).joined(separator: "x")),
                       ("engine", engine), ("steps", steps.map(String.init) ?? "-")],
              values: values)
    }
}
