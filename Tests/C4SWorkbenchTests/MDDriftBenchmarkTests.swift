import C4SCore
@testable import C4SWorkbench
import Foundation
import Testing

/// `c4s bench md-drift`: one row per engine and time step with the drift, and an `md` run stops
/// (reported overheated) once the temperature passes --max-temperature.
@Suite struct MDDriftBenchmarkTests {
    func context() throws -> BenchmarkContext {
        BenchmarkContext(environment: try MDJobTests().environment(), limits: nil, cancellation: JobContext(jobID: "bench"), progress: { _ in })
    }

    @Test func shortMMRunsGiveOneRowPerTimeStep() throws {
        let suite = try BenchmarkRegistry.standard.suite("md-drift")
        let parameters = try JobParameters(validating: ["engines": "mm", "time-steps": "0.5,1", "time": "0.02", "record": "1", "threads": "1"],
                                           against: suite.parameters, job: "md-drift")
        let report = try suite.run(parameters, try context())
        #expect(report.rows.map { $0.labels.map(\.value) } == [["chig", "mm", "0.5 fs"], ["chig", "mm", "1 fs"]])
        for row in report.rows {
            let value = { (name: String) in row.values.first { $0.name == name }!.value }
            #expect(value("drift").isFinite && value("vs_mm") == 1 && value("overheated") == 0 && abs(value("simulated") - 0.02) < 1e-12)
            #expect(value("temperature_mean") > 100 && value("temperature_mean") < 600)
        }
        #expect(throws: ParameterError.self) {
            _ = try suite.run(JobParameters(validating: ["time-steps": "0.5,9"], against: suite.parameters, job: "md-drift"), try context())
        }
    }

    @Test func runAboveTheMaximumTemperatureStops() throws {
        let job = try MDJob.descriptor.makeJob(arguments: ["structure": "chig", "steps": "50", "temperature": "300", "max-temperature": "50",
                                                           "trajectory": "none", "threads": "1"], environment: MDJobTests().environment())
        let result = try JobHandle.start(job).wait()
        #expect(result.metric("overheated")?.value == 1 && result.metric("steps")?.value == 1)
    }
}
