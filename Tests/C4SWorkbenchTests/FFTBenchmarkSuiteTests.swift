import C4SCore
@testable import C4SWorkbench
import Foundation
import Testing

@Suite struct FFTBenchmarkSuiteTests {
    let context = BenchmarkContext(
        environment: JobEnvironment(catalog: DatasetCatalog(datasets: []), locator: .current(),
                                    cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("c4s-fft-bench-\(UUID().uuidString)")),
        limits: nil, cancellation: JobContext(jobID: "bench"), progress: { _ in })

    @Test func suiteIsRegisteredAndRejectsUnknownCases() throws {
        let suite = try BenchmarkRegistry.standard.suite("fft")
        #expect(Set(suite.parameters.map(\.name)).isSuperset(of: ["quick", "cases", "direct-steps", "max-steps", "effort", "threads"]))
        #expect(throws: ParameterError.self) {
            _ = try suite.run(JobParameters(validating: ["cases": "speedup,nope"], against: suite.parameters, job: "fft"), context)
        }
    }

    /// The bisection finds the first winning T of a monotone predicate with few probes, and reports never and always.
    @Test func crossoverBisectionFindsTheFirstWinningStepCount() throws {
        for first in [1, 2, 17, 512, 1024] {
            var probes = 0
            let found = try FlashFFTCrossoverCase.crossover(maxSteps: 1024) { probes += 1; return $0 >= first }
            #expect(found == first && probes <= 13, "first \(first): found \(String(describing: found)) in \(probes) probes")
        }
        #expect(try FlashFFTCrossoverCase.crossover(maxSteps: 1024) { _ in false } == nil)
    }

    /// Rows of different cases share one table.
    @Test func uniformColumnsFillMissingValuesWithNaN() {
        let rows = BenchmarkReport.uniformColumns([
            .init(labels: [("case", "a")], values: [("x", 1, "s")]),
            .init(labels: [("case", "b")], values: [("y", 2, "1")]),
        ])
        #expect(rows.map { $0.values.map(\.name) } == [["x", "y"], ["x", "y"]])
        #expect(rows[0].values[1].value.isNaN && rows[1].values[0].value.isNaN && rows[1].values[1].value == 2)
    }
}
