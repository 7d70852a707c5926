import C4SCore
import C4SWorkbench
import Foundation

/// A test job that counts to `n`, one sample per step, sleeping `pause` seconds between steps and
/// checking cancellation, so the runner's threading and cancellation can be observed.
struct CountingJob: Job {
    static let descriptor = JobDescriptor(
        id: "count", title: "Count", summary: "Counts.",
        parameters: [ParameterSpec("n", "steps", kind: .int(1...1_000_000), default: .int(5)),
                     ParameterSpec("pause", "seconds per step", kind: .double(0...10), default: .double(0))],
        workUnit: .flops,
        make: { p, _ in CountingJob(parameters: p) })

    var descriptor: JobDescriptor { Self.descriptor }
    let parameters: JobParameters
    var datasets: [DatasetReference] { [] }

    func run(_ context: JobContext) throws -> JobResult {
        let start = Date()
        for _ in 0..<parameters.int("n") {
            try context.checkCancellation()
            Thread.sleep(forTimeInterval: parameters.double("pause"))
            context.emit(JobSample(elapsed: context.elapsed, duration: 0.5, workUnits: 1e9, bytes: 8e9))
        }
        return JobResult(job: self, startedAt: start, finishedAt: Date(), samples: context.allSamples,
                         metrics: [ResultMetric("count", Double(parameters.int("n")), unit: "1", summary: "steps"),
                          ResultMetric("nice", Double(ThreadPriority.current), unit: "1", summary: "the job thread's nice value")],
                         arrays: [ResultArray(name: "ramp", shape: [2, 3], storage: .float64([0, 1, 2, 3, 4, 5]),
                                              unit: "K", summary: "a ramp", dimensionNames: ["y", "x"])])
    }
}
