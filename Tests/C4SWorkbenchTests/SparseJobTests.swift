import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct SparseJobTests {
    let environment = JobEnvironment.current()

    func run(_ descriptor: JobDescriptor, _ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test(arguments: ["csr", "sell", "vnec"])
    func spmvRunsEveryFormatOnAGeneratedMatrix(format: String) throws {
        let r = try run(SpMVJob.descriptor, ["matrix": "poisson3d:16", "format": format, "iterations": "20", "threads": "2"])
        #expect(r.metric("nonzeros")?.value == Double(16 * 16 * 16 + 2 * 3 * 16 * 16 * 15))
        #expect(try #require(r.metric("max_relative_error")).value < 1e-12)
        #expect(try #require(r.metric("gflop_per_s")).value > 0)
        #expect(try #require(r.metric("gb_per_s")).value > 0)
        #expect(r.metric("conversion_seconds") != nil && r.metric("payback_products") != nil)
        #expect(r.samples.count == 20 && r.samples.allSatisfy { $0.workUnits == 2 * r.metric("nonzeros")!.value })
        #expect(r.arrays.first?.name == "y" && r.arrays.first?.shape == [4096])
        #expect(r.datasets.isEmpty)
        if format == "vnec" { #expect(r.metric("ird") != nil && r.metric("vnec_dense") != nil) }
        if format == "sell" { #expect(r.metric("fill_ratio")?.value == 1 || (r.metric("fill_ratio")?.value ?? 0) > 0.8) }
    }

    @Test func spmvReadsACatalogMatrixAndRecordsItsProvenance() throws {
        let r = try run(SpMVJob.descriptor, ["matrix": "bcsstk13", "format": "vnec", "iterations": "3"])
        #expect(r.metric("nonzeros")?.value == 83883)
        #expect(r.datasets.map(\.id) == ["bcsstk13"])
        let generated = try run(SpMVJob.descriptor, ["matrix": "poisson2d-1024", "format": "csr", "iterations": "1", "threads": "1"])
        #expect(generated.metric("rows")?.value == Double(1 << 20))
        #expect(generated.datasets.first?.recipe == "poisson2d n=1024")
    }

    @Test func badMatrixNamesListWhatIsValid() throws {
        for name in ["bcsstk", "poisson3d:0", "cube:8", "poisson3d:x", "takahashi09"] {
            do {
                _ = try SpMVJob.descriptor.makeJob(arguments: ["matrix": name], environment: environment)
                Issue.record("\(name) was accepted")
            } catch let error as JobError {
                let text = error.description
                #expect(text.contains("--matrix \(name): "), "\(text)")
                #expect(text.contains("bcsstk13") && text.contains("poisson3d:N") && text.contains("rmat:SCALE"), "\(text)")
            }
        }
        #expect(throws: JobError.self) { try SpMVJob.descriptor.makeJob(arguments: ["matrix": "poisson2d:8", "sigma": "6"], environment: environment) }
    }

    @Test func stencilOperatorsRunInSpMVAndCG() throws {
        let box = try run(SpMVJob.descriptor, ["matrix": "stencil:box3d27p:9", "format": "vnec", "iterations": "4", "threads": "2"])
        #expect(box.metric("rows")?.value == 729 && box.metric("nonzeros")?.value == 25 * 25 * 25)  // (9 + 2·8)³ pairs
        #expect(try #require(box.metric("max_relative_error")).value < 1e-12)
        let periodic = try run(SpMVJob.descriptor, ["matrix": "stencil:heat2d:5x7:periodic", "format": "sell", "iterations": "2"])
        #expect(periodic.metric("rows")?.value == 35 && periodic.metric("nonzeros")?.value == 35 * 5)
        // Heat-2D with Dirichlet edges is diagonally dominant and symmetric positive definite.
        let cg = try run(CGJob.descriptor, ["matrix": "stencil:heat2d:15", "format": "csr", "tolerance": "1e-10", "threads": "1"])
        #expect(cg.metric("converged")?.value == 1 && (cg.metric("true_relative_residual")?.value ?? 1) < 1e-9)
    }

    @Test func stencilWeightsFilesBuildTheSameOperatorAsTheShape() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // heat2d's weights as a file: the same matrix, so the same y = A·x for the same x (seed).
        let heat = dir.appendingPathComponent("heat.txt")
        try "0 0.125 0\n0.125 0.5 0.125\n0 0.125 0\n".write(to: heat, atomically: true, encoding: .utf8)
        let fromFile = try run(SpMVJob.descriptor, ["matrix": "stencil:\(heat.path):6x5", "format": "vnec", "iterations": "2", "threads": "2"])
        let named = try run(SpMVJob.descriptor, ["matrix": "stencil:heat2d:6x5", "format": "vnec", "iterations": "2", "threads": "2"])
        #expect(fromFile.metric("nonzeros")?.value == named.metric("nonzeros")?.value)
        #expect(fromFile.arrays.first?.storage == named.arrays.first?.storage && fromFile.arrays.first?.shape == [30])
        // An asymmetric JSON kernel: taps (dy, dx) = (-1, 0), (0, -1), (0, 0), (0, 1), (1, 1) in rows of 5 cells; Dirichlet
        // edges keep (6 - |dy|)(5 - |dx|) pairs each: 25 + 24 + 30 + 24 + 20.
        let skew = dir.appendingPathComponent("skew.json")
        try "[[0, 0.1, 0], [0.2, 0.4, 0.05], [0, 0, 0.15]]".write(to: skew, atomically: true, encoding: .utf8)
        for format in ["csr", "sell", "vnec"] {
            let r = try run(SpMVJob.descriptor, ["matrix": "stencil:\(skew.path):6x5:dirichlet", "format": format, "iterations": "2"])
            #expect(r.metric("rows")?.value == 30 && r.metric("nonzeros")?.value == 123, "\(format)")
            #expect(try #require(r.metric("max_relative_error")).value < 1e-12)
        }
        let bad = dir.appendingPathComponent("bad.txt")
        try "0 x 0\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect {
            _ = try SpMVJob.descriptor.makeJob(arguments: ["matrix": "stencil:\(bad.path):8"], environment: environment)
        } throws: { error in
            "\(error)".contains("--matrix stencil:\(bad.path):8: weights file \(bad.path): ") && "\(error)".contains("'x' is not a number")
        }
    }

    @Test func badStencilMatrixNamesSayWhichPartIsWrong() throws {
        let cases = ["stencil:cube:8": "shape 'cube' is neither a stencil shape (heat1d, 1d5p",
                     "stencil:box3d27p:8x8": "size '8x8' is not valid for a 3-D shape",
                     "stencil:heat2d:0": "size '0' is not valid", "stencil:heat2d": "expected stencil:SHAPE:N"]
        for (name, message) in cases {
            do {
                _ = try SpMVJob.descriptor.makeJob(arguments: ["matrix": name], environment: environment)
                Issue.record("\(name) was accepted")
            } catch let error as JobError {
                #expect(error.description.contains("--matrix \(name): \(message)"), "\(error.description)")
            }
        }
    }

    @Test func cgConvergesOnPoissonWithResidualSamplesAndPayback() throws {
        let r = try run(CGJob.descriptor, ["matrix": "poisson3d:16", "format": "sell", "tolerance": "1e-9", "threads": "2"])
        let iterations = Int(try #require(r.metric("iterations")).value)
        #expect(r.metric("converged")?.value == 1 && iterations > 5)
        #expect(try #require(r.metric("true_relative_residual")).value < 1e-8)
        #expect(try #require(r.metric("max_error")).value < 1e-6)
        #expect(r.metric("payback_iterations") != nil)
        let residuals = r.samples.compactMap { $0.observations["relative_residual"] }
        #expect(residuals.count == iterations && residuals.last! <= 1e-9)
        #expect(r.arrays.first?.name == "residual_history" && r.arrays.first?.storage == .float64(residuals))
    }

    @Test func bicgstabRunsAndCGRejectsRectangularMatrices() throws {
        let r = try run(CGJob.descriptor, ["matrix": "poisson2d:20", "format": "vnec", "solver": "bicgstab", "threads": "2"])
        #expect(r.metric("converged")?.value == 1 && (r.metric("true_relative_residual")?.value ?? 1) < 1e-7)
        #expect(throws: JobError.failed(job: "cg", reason: "lp_afiro is 27x51; cg needs a square matrix")) {
            try run(CGJob.descriptor, ["matrix": "lp_afiro"])
        }
    }

    @Test func cgResultExportsTheResidualHistory() throws {
        let r = try run(CGJob.descriptor, ["matrix": "poisson2d:12", "format": "vnec", "threads": "1"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-sparse-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try ResultExporter().export(r, to: url, group: "cg")
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        let g = try file.root.openGroup("cg")
        #expect(try g.readDataset("data/residual_history", as: Double.self).values == r.residualHistoryValues)
        #expect(try g.readDataset("metrics/iterations", as: Double.self).values == [r.metric("iterations")!.value])
        #expect(try g.openGroup("parameters").attribute("format") == .string("vnec"))
    }

    @Test func registryAndBenchmarkListTheSparseJobs() throws {
        #expect(try JobRegistry.standard.descriptor("spmv").id == "spmv")
        #expect(try JobRegistry.standard.descriptor("cg").id == "cg")
        #expect(try BenchmarkRegistry.standard.suite("spmv").id == "spmv")
    }

    @Test func spmvBenchmarkRunsQuicklyOnChosenMatrices() throws {
        let suite = try BenchmarkRegistry.standard.suite("spmv")
        let parameters = try JobParameters(validating: ["matrices": "karate,poisson2d:8", "iterations": "2", "threads": "2", "rounds": "2"],
                                           against: suite.parameters, job: "spmv")
        let limits = MachineLimits(triadOneCoreGBps: 8, triadAllCoresGBps: 16, dgemmGFLOPs: 4, cores: 2, cpuModel: "test", measuredAt: Date())
        let report = try suite.run(parameters, BenchmarkContext(environment: environment, limits: limits,
                                                                cancellation: JobContext(jobID: "bench"), progress: { _ in }))
        #expect(report.rows.count == 6)
        #expect(report.rows.map { $0.labels.map(\.value) }.map { $0.joined(separator: "/") }
            == ["karate/csr", "karate/sell", "karate/vnec", "poisson2d:8/csr", "poisson2d:8/sell", "poisson2d:8/vnec"])
        #expect(report.rows.allSatisfy { row in row.values.contains { $0.name == "of_bound" } })
        #expect(report.rows[0].values.first { $0.name == "vs_csr" }?.value == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(json["suite"] as? String == "spmv" && (json["rows"] as? [Any])?.count == 6)
    }
}

extension JobResult {
    /// The residual history array's values.
    var residualHistoryValues: [Double] {
        guard case .float64(let v)? = arrays.first(where: { $0.name == "residual_history" })?.storage else { return [] }
        return v
    }
}
