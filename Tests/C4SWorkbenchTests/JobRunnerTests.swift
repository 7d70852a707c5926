import C4SCore
import C4SWorkbench
import Foundation
import Testing

@Suite struct JobRunnerTests {
    let environment = JobEnvironment(catalog: .init(datasets: []), locator: .current(),
                                     cacheDirectory: FileManager.default.temporaryDirectory)

    @Test func runsToCompletionWithSamplesAndThroughput() throws {
        let job = try CountingJob.descriptor.makeJob(arguments: ["n": "4"], environment: environment)
        let handle = JobHandle.start(job)
        let result = try handle.wait()
        #expect(handle.isFinished)
        #expect(result.samples.count == 4)
        #expect(result.metric("count")?.value == 4)
        #expect(result.throughput.mean == 2)        // 1e9 flop per 0.5 s = 2 GFLOP/s
        #expect(result.throughput.label == "GFLOP/s")
        #expect(handle.context.drainSamples().count == 4)
        #expect(handle.context.drainSamples().isEmpty)
    }

    @Test func backgroundJobsRunBelowTheCallerAndNormalJobsAtItsPriority() throws {
        let job = try CountingJob.descriptor.makeJob(arguments: ["n": "1"], environment: environment)
        let caller = Double(ThreadPriority.current)
        #expect(try JobHandle.start(job).wait().metric("nice")?.value == caller)
        #expect(try JobHandle.start(job, priority: .background).wait().metric("nice")?.value == Double(ThreadPriority.background))
    }

    @Test func cancellationStopsTheJobAndReportsIt() throws {
        let job = try CountingJob.descriptor.makeJob(arguments: ["n": "100000", "pause": "0.01"], environment: environment)
        let handle = JobHandle.start(job)
        while handle.context.allSamples.count < 2 { Thread.sleep(forTimeInterval: 0.005) }
        handle.cancel()
        #expect(throws: JobError.cancelled(job: "count")) { try handle.wait() }
        #expect(handle.context.allSamples.count < 1000)
    }

    @Test func registryNamesAvailableJobs() {
        #expect(throws: JobError.unknownJob("nope", available: JobRegistry.standard.descriptors.map(\.id))) { try JobRegistry.standard.descriptor("nope") }
        #expect(JobError.unknownJob("nope", available: ["machine"]).description == "no job 'nope'; available jobs: machine")
    }

    @Test func machineJobMeasuresAndVerifies() throws {
        let job = try JobRegistry.standard.descriptor("machine").makeJob(
            arguments: ["array-mib": "2", "repetitions": "2", "dgemm-size": "48", "dgemm-repetitions": "1"],
            environment: environment)
        let result = try JobHandle.start(job).wait()
        // 2 triad passes on 1 thread, 2 on all cores (none more on a 1-core machine), 1 DGEMM.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #expect(result.samples.count == (cores > 1 ? 5 : 3))
        #expect(result.metric("triad_one_core")!.value > 0.1)
        #expect(result.metric("triad_all_cores")!.value > 0.1)
        #expect(result.metric("dgemm")!.value > 0.01)
        #expect(result.metric("dgemm_max_relative_error")!.value < 1e-12)
        let limits = MachineBenchmarkJob.limits(from: result)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-limits-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        try limits.save(to: cache)
        let loaded = try #require(MachineLimits.load(from: cache))
        #expect(loaded.triadAllCoresGBps == limits.triadAllCoresGBps && loaded.dgemmGFLOPs == limits.dgemmGFLOPs)
        #expect(abs(loaded.measuredAt.timeIntervalSince(limits.measuredAt)) < 1)   // stored to the second
    }
}
