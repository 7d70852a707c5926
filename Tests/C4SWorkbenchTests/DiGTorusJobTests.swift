import C4SCore
import C4SDiffusion
import C4SIO
import C4SWorkbench
import Foundation
import Testing

/// The alanine dipeptide path of the DiG jobs: the relaxed surface job on a coarse grid, and a tiny
/// model of the committed surface trained and sampled on the torus.
@Suite struct DiGTorusJobTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-dig-torus-\(UUID().uuidString)")

    func run(_ descriptor: JobDescriptor, _ arguments: [String: String]) throws -> JobResult {
        let environment = JobEnvironment(catalog: try DatasetCatalog.current(), locator: .current(), cacheDirectory: folder)
        return try JobHandle.start(descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    /// A 4 × 4 scan (90° spacing, no refinement, loose tolerance so that it stays fast in debug
    /// builds): every node converges and holds its angles within two degrees; the file reads back
    /// with its diagnostics.
    @Test func surfaceJobRelaxesEveryNodeAndWritesTheSurface() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("surface.h5")
        let result = try run(DiGSurfaceJob.descriptor, ["bins": "4", "refinement-passes": "0", "tolerance": "0.5", "output": output.path])
        #expect(result.metric("unconverged_nodes")?.value == 0 && result.metric("minimisations")?.value == 16)
        #expect(result.metric("max_angle_deviation")!.value < 2)
        let surface = try TorusEnergySurface(reading: output)
        #expect(surface.nodes == 4 && surface.diagnostics["rms_gradient"]!.allSatisfy { $0 <= 0.5 })
        #expect(surface.provenance["force_field"]?.hasPrefix("ff14SB") == true)
        // (−90°, 90°) is near C7eq; (0°, 0°) forces a backbone clash: far higher.
        #expect(surface.energy[1 * 4 + 3] < surface.energy[2 * 4 + 2] - 5)
    }

    @Test func trainAndSampleOnTheTorus() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("ad.h5")
        _ = try run(DiGTrainJob.descriptor, ["system": "alanine-dipeptide", "data": "metropolis", "thinning": "5", "epochs": "2",
                                             "samples": "1000", "batch": "100", "width": "8", "layers": "1", "steps": "50", "output": model.path])
        #expect(try DiffusionModelFile(reading: model).model.dimension == 4)
        let sampled = try run(DiGSampleJob.descriptor, ["system": "alanine-dipeptide", "model": model.path, "n": "300",
                                                        "metropolis-steps": "100000", "bins": "36"])
        let regions = ["beta", "alpha_r", "alpha_l", "c7ax"]
        for name in regions.flatMap({ ["\($0)_population", "\($0)_exact", "\($0)_metropolis"] }) + ["js_divergence", "grid_f1", "speedup_vs_metropolis"] {
            #expect(sampled.metric(name) != nil, "metric \(name)")
        }
        #expect(sampled.metric("log_density_correlation") == nil && sampled.metric("fraction_outside")?.value == 0)
        #expect(abs(regions.reduce(0) { $0 + sampled.metric("\($1)_exact")!.value } - 1) < 1e-9)
        #expect(abs(regions.reduce(0) { $0 + sampled.metric("\($1)_population")!.value } - 1) < 1e-9)
        #expect(throws: JobError.failed(job: "dig-train", reason: "--mode pidp is for planar systems; alanine-dipeptide lives on the torus and is trained with --mode data")) {
            try run(DiGTrainJob.descriptor, ["system": "alanine-dipeptide", "mode": "pidp", "output": model.path])
        }
    }
}
