import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct ResultExportTests {
    let environment = JobEnvironment(catalog: .init(datasets: []), locator: .current(),
                                     cacheDirectory: FileManager.default.temporaryDirectory)

    func result() throws -> JobResult {
        try JobHandle.start(CountingJob.descriptor.makeJob(arguments: ["n": "3"], environment: environment)).wait()
    }

    func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("c4s-export-\(UUID().uuidString).h5")
    }

    @Test func exportWritesProvenanceParametersMetricsSamplesAndData() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let group = try ResultExporter().export(try result(), to: url, group: "runs/first")
        #expect(group == "runs/first")

        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        let g = try file.root.openGroup("runs/first")
        #expect(try g.attribute("job_id") == .string("count"))
        #expect(try g.attribute("command_line") == .string("c4s run count --n 3 --pause 0.0"))
        #expect(try g.attribute("software_version") == .string("0.1.0"))
        for name in ["git_commit", "host", "cpu_model", "started_at", "finished_at", "exported_at"] {
            #expect(try g.attribute(name) != nil, "missing attribute \(name)")
        }
        #expect(try g.openGroup("parameters").attribute("n") == .int(3))
        #expect(try g.readDataset("metrics/count", as: Double.self).values == [3])
        #expect(try g.readDataset("samples/work", as: Double.self).values == [1e9, 1e9, 1e9])
        let ramp = try g.openDataset("data/ramp")
        #expect(ramp.shape == [2, 3])
        #expect(try ramp.attribute("units") == .string("K"))

        // h5dump, an independent reader, sees the same structure and values.
        let dump = try Self.h5dump(["-d", "/runs/first/data/ramp", "-w", "0", url.path])
        #expect(dump.contains("DATASPACE  SIMPLE { ( 2, 3 ) / ( 2, 3 ) }"))
        #expect(dump.contains("(0,0): 0, 1, 2") && dump.contains("(1,0): 3, 4, 5"))
        let attrs = try Self.h5dump(["-A", "-g", "/runs/first", url.path])
        #expect(attrs.contains("ATTRIBUTE \"job_id\"") && attrs.contains("H5T_CSET_UTF8"))
    }

    @Test func secondExportAddsAGroupAndAClashLeavesTheFileUnchanged() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let exporter = ResultExporter()
        try exporter.export(try result(), to: url, group: "a")
        try exporter.export(try result(), to: url, group: "b")
        let before = try Data(contentsOf: url)
        #expect(throws: ExportError.groupExists(file: url.path, group: "a")) {
            try exporter.export(try result(), to: url, group: "a")
        }
        #expect(try Data(contentsOf: url) == before)
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        #expect(try file.root.childNames() == ["a", "b"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("." + url.lastPathComponent) }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func jsonHasUnitsThroughputAndFractions() throws {
        let limits = MachineLimits(triadOneCoreGBps: 8, triadAllCoresGBps: 16, dgemmGFLOPs: 4, cores: 2,
                                   cpuModel: "test", measuredAt: Date())
        let text = try ResultJSON.text(try result(), limits: limits)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let throughput = try #require(object["throughput"] as? [String: Any])
        #expect(throughput["unit"] as? String == "GFLOP/s")
        #expect(throughput["mean"] as? Double == 2)
        #expect(throughput["fraction_of_dgemm"] as? Double == 0.5)              // 2 of 4 GFLOP/s
        #expect(throughput["fraction_of_triad_bandwidth"] as? Double == 1)      // 16 GB/s of 16
        #expect((object["metrics"] as? [String: Any])?["count"] != nil)
    }

    static func h5dump(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["h5dump"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
