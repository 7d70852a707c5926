import C4SCore
import C4SSpectral
import C4SWorkbench
import Foundation
import Testing

@Suite struct FFTJobTests {
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-fftjob-\(UUID().uuidString)")

    var environment: JobEnvironment {
        JobEnvironment(catalog: DatasetCatalog(datasets: []), locator: .current(), cacheDirectory: cache)
    }

    func run(_ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(FFTJob.descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test(arguments: [("32x24", "r2c", 1), ("8x6x5", "c2r", 2), ("1000", "c2c", 2), ("17x9", "c2c", 1)])
    func smallTransformsReportThroughputAndAnExactRoundTrip(size: String, kind: String, threads: Int) throws {
        let result = try run(["size": size, "kind": kind, "effort": "estimate", "iterations": "3",
                              "threads": "\(threads)", "wisdom": "false"])
        let mean = result.metric("gflop_per_s")!.value, best = result.metric("gflop_per_s_best")!.value
        #expect(mean > 0 && best >= mean * (1 - 1e-12))
        #expect(result.metric("roundtrip_max_error")!.value < 1e-13)
        #expect(result.metric("planning_seconds")!.value > 0 && result.metric("threads")!.value == Double(threads))
        let n = Double(size.split(separator: "x").map { Int($0)! }.reduce(1, *))
        let flops = (kind == "c2c" ? 5 : 2.5) * n * log2(n)
        #expect(result.samples.count == 3 && result.samples.allSatisfy { $0.workUnits == flops && $0.duration > 0 })
        #expect(result.metric("points")?.value == n && result.workUnit == .flops)
    }

    @Test func wisdomIsSavedInTheCacheDirectory() throws {
        defer { try? FileManager.default.removeItem(at: cache) }
        _ = try run(["size": "64", "kind": "c2c", "effort": "measure", "iterations": "1", "threads": "1"])
        let wisdom = try String(contentsOf: cache.appendingPathComponent("fftw-wisdom.txt"), encoding: .utf8)
        #expect(wisdom.hasPrefix("(fftw-3"))
    }

    @Test func badInputIsRefusedWithAClearMessage() throws {
        #expect(throws: ParameterError.invalid(name: "size", text: "0x16", valid: "1 to 3 sizes joined by x (e.g. 1024x1024), each from 1 to \(Int32.max)")) {
            try FFTJob.descriptor.makeJob(arguments: ["size": "0x16"], environment: environment)
        }
        #expect(throws: ParameterError.invalid(name: "kind", text: "r2r", valid: "one of r2c, c2r, c2c")) {
            try FFTJob.descriptor.makeJob(arguments: ["kind": "r2r"], environment: environment)
        }
        #expect(throws: ParameterError.self) { try FFTJob.descriptor.makeJob(arguments: ["size": "4x4x4x4"], environment: environment) }
        do {
            _ = try FFTJob.descriptor.makeJob(arguments: ["size": "65536x65536"], environment: environment)
            Issue.record("a size above the limit was accepted")
        } catch let error as JobError {
            #expect(error.description.contains("more than \(FFTJob.maxPoints) points"))
        }
        #expect(try JobRegistry.standard.descriptor("fft").id == "fft")
    }
}
