import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct StencilJobTests {
    let environment = JobEnvironment(
        catalog: DatasetCatalog(datasets: [
            CatalogEntry(id: "grid2d-test", kind: .grid, title: "test grid", files: [],
                         generator: DatasetGenerator(name: "stencil-grid", parameters: ["dims": .ints([24, 20]), "pattern": .string("gaussian"), "seed": .int(0)]))
        ]),
        locator: .current(), cacheDirectory: FileManager.default.temporaryDirectory)

    func run(_ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(StencilJob.descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test func everyEngineRunsVerifiedAndReportsThroughput() throws {
        for engine in ["reference", "vectorized", "convstencil", "lorastencil", "c-loop"] {
            let result = try run(["shape": "box2d9p", "engine": engine, "size": "33x17", "steps": "4", "threads": "2", "verify": "true"])
            #expect(result.metric("max_relative_error")!.value < 1e-12, "\(engine)")
            #expect(result.metric("gstencil_per_s")!.value > 0)
            #expect(result.metric("gb_per_s")!.value > 0 && result.metric("gflop_per_s")!.value > 0)
            #expect(result.samples.reduce(0) { $0 + $1.workUnits } == 33 * 17 * 4, "\(engine): work = points x steps")
            #expect(result.arrays.first?.shape == [33, 17] && result.arrays.first?.dimensionNames == ["y", "x"])
        }
        let automatic = try StencilJob.descriptor.makeJob(arguments: ["shape": "heat3d"], environment: environment)
        #expect((automatic as? StencilJob)?.dims == [128, 128, 128])
        #expect(automatic.parameters.commandLine.contains("--size auto --dataset none"))
        let lora = try run(["shape": "box2d25p", "engine": "lorastencil", "size": "12x12", "steps": "1"])
        #expect(lora.metric("rank")?.value == 3 && lora.metric("truncation_error")!.value < 1e-14)
    }

    @Test func flashFFTReportsItsPlanAndMeetsItsTolerance() throws {
        for boundary in ["periodic", "dirichlet"] {
            let result = try run(["shape": "heat2d", "engine": "flashfft", "size": "48x40", "steps": "60", "boundary": boundary,
                                  "halo": "0.5", "threads": "2", "verify": "true"])
            #expect(result.metric("fused_steps") != nil && result.metric("chunks") != nil && result.metric("tile_x") != nil, "\(boundary)")
            #expect(result.metric("predicted_seconds")!.value > 0 && result.metric("predicted_seconds_direct")!.value > 0)
            #expect(result.samples.reduce(0) { $0 + $1.workUnits } == 48 * 40 * 60)
        }
        let auto = try run(["shape": "heat2d", "engine": "auto", "size": "48x40", "steps": "60", "threads": "2", "verify": "true"])
        #expect(auto.metric("auto_chose_flashfft") != nil && auto.metric("predicted_seconds_vectorized") != nil)
        #expect(auto.metric("predicted_seconds_flashfft") != nil)
    }

    @Test func datasetsAndUserWeightsAreUsed() throws {
        let fromCatalog = try run(["shape": "heat2d", "dataset": "grid2d-test", "steps": "2", "boundary": "dirichlet", "verify": "true"])
        #expect(fromCatalog.arrays[0].shape == [24, 20] && fromCatalog.datasets.map(\.id) == ["grid2d-test"])

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-weights-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "0 0.1 0\n0.1 0.6 0.1\n0 0.1 0\n".write(to: url, atomically: true, encoding: .utf8)
        let custom = try run(["shape": "custom", "weights": url.path, "size": "10x9", "engine": "lorastencil", "verify": "true"])
        #expect(custom.metric("rank")?.value == 2)
    }

    @Test func badCombinationsGetClearMessages() throws {
        func message(_ arguments: [String: String]) -> String {
            do { _ = try StencilJob.descriptor.makeJob(arguments: arguments, environment: environment); return "" } catch { return "\(error)" }
        }
        #expect(message(["shape": "box2d49p", "size": "5x5"]).contains("smaller than the kernel side 7"))
        #expect(message(["shape": "heat3d", "size": "64x64"]).contains("3-D kernel cannot run on a 2-D grid"))
        #expect(message(["steps": "0"]).contains("steps"))
        #expect(message(["size": "12xq"]).contains("auto or 1 to 3 sizes joined by x"))
        #expect(message(["shape": "custom"]).contains("--shape custom needs --weights FILE"))
        #expect(message(["weights": "/tmp/w.txt"]).contains("--weights needs --shape custom"))
        #expect(message(["shape": "custom", "weights": "/nonexistent/w.txt"]).contains("cannot read the weights"))
        #expect(message(["dataset": "no-such-grid"]).contains("no-such-grid"))
        #expect(message(["dataset": "grid2d-test", "size": "8x8"]).contains("either --size or --dataset"))
        let big = try StencilJob.descriptor.makeJob(arguments: ["size": "4096x2048", "verify": "true"], environment: environment)
        #expect(throws: JobError.self) { try JobHandle.start(big).wait() }
    }

    @Test func exportHoldsTheFinalGridAndTheMeasurements() throws {
        let result = try run(["shape": "heat3d", "engine": "vectorized", "size": "8x9x10", "steps": "3"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-stencil-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let group = try ResultExporter().export(result, to: url, group: "stencil")
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        let g = try file.root.openGroup(group)
        let grid = try g.readDataset("data/grid", as: Double.self)
        #expect(grid.shape == [8, 9, 10])
        guard case .float64(let values) = result.arrays[0].storage else { Issue.record("grid is not Float64"); return }
        #expect(grid.values == values)
        #expect(try g.readDataset("metrics/gstencil_per_s", as: Double.self).values == [result.metric("gstencil_per_s")!.value])
        #expect(try g.openGroup("parameters").attribute("shape") == .string("heat3d"))
    }

    @Test func benchmarkSuiteIsRegisteredAndRejectsUnknownShapes() throws {
        let suite = try BenchmarkRegistry.standard.suite("stencil")
        #expect(suite.parameters.map(\.name).contains("quick"))
        #expect(throws: ParameterError.self) {
            _ = try suite.run(JobParameters(validating: ["shapes": "nope"], against: suite.parameters, job: "stencil"),
                              BenchmarkContext(environment: environment, limits: nil, cancellation: JobContext(jobID: "bench"), progress: { _ in }))
        }
    }
}
