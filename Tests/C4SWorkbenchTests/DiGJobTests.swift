import C4SCore
import C4SDiffusion
import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct DiGJobTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-dig-\(UUID().uuidString)")

    var environment: JobEnvironment {
        JobEnvironment(catalog: DatasetCatalog(datasets: []), locator: .current(), cacheDirectory: folder)
    }

    func run(_ descriptor: JobDescriptor, _ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test(arguments: ["data", "pidp"])
    func trainWritesAModelThatSampleLoadsScoresAndExports(_ mode: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.h5")
        let trained = try run(DiGTrainJob.descriptor, ["system": "gaussian-mixture", "mode": mode, "epochs": "2", "samples": "1000",
                                                       "batch": "100", "width": "8", "layers": "1", "steps": "50", "output": model.path])
        #expect(trained.samples.count == 2 && trained.metric("epochs")?.value == 2)
        let file = try DiffusionModelFile(reading: model)
        #expect(file.system == "gaussian-mixture" && file.mode == mode && file.model.schedule.steps == 50)

        let sampled = try run(DiGSampleJob.descriptor, ["system": "gaussian-mixture", "model": model.path, "n": "300",
                                                        "log-density-samples": "20", "metropolis-steps": "100000", "ode-steps": "5",
                                                        "sampler": "dpm-solver", "solver-steps": "4"])
        for name in ["js_divergence", "kl_divergence", "grid_f1", "log_density_correlation", "samples_per_cpu_second",
                     "metropolis_effective_per_cpu_second", "speedup_vs_metropolis", "basin1_population", "basin3_exact",
                     "exact_draws_js_divergence", "metropolis_basin_autocorrelation_steps"] {
            #expect(sampled.metric(name) != nil, "metric \(name)")
        }
        #expect(abs(sampled.metric("basin1_exact")!.value + sampled.metric("basin2_exact")!.value + sampled.metric("basin3_exact")!.value - 1) < 1e-9)
        let exported = folder.appendingPathComponent("samples.h5")
        let group = try ResultExporter().export(sampled, to: exported)
        let samples = try HDF5File.open(at: exported).root.readDataset("\(group)/data/samples", as: Double.self)
        #expect(samples.shape == [300, 2])

        let continued = folder.appendingPathComponent("continued.h5")
        _ = try run(DiGTrainJob.descriptor, ["system": "gaussian-mixture", "mode": mode, "epochs": "1", "samples": "1000", "batch": "100",
                                             "initial": model.path, "time-power": "2", "output": continued.path])
        let next = try DiffusionModelFile(reading: continued).model
        #expect(next.network.layerSizes == file.model.network.layerSizes && next.standardization == file.model.standardization)
    }

    @Test func aModelOfAnotherSystemIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("gm.h5")
        _ = try run(DiGTrainJob.descriptor, ["system": "gaussian-mixture", "epochs": "1", "samples": "1000", "width": "4",
                                             "layers": "1", "steps": "50", "output": model.path])
        #expect(throws: JobError.failed(job: "dig-sample", reason: "\(model.path) is a model of gaussian-mixture, not muller-brown")) {
            try run(DiGSampleJob.descriptor, ["system": "muller-brown", "model": model.path, "n": "100"])
        }
        #expect(throws: JobError.failed(job: "dig-train", reason: "--initial \(model.path) is a model of gaussian-mixture, not muller-brown")) {
            try run(DiGTrainJob.descriptor, ["system": "muller-brown", "initial": model.path, "epochs": "1", "samples": "1000"])
        }
    }
}
