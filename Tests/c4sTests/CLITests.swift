import C4SCore
import Foundation
import Testing

@Suite struct CLITests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!

    @Test func versionNamesEveryCLibrary() throws {
        let r = try BuiltProduct.run(["version"])
        #expect(r.status == 0)
        for name in ["C4S Workbench 0.1.0", "HDF5          1.", "netCDF        4.", "FFTW          fftw-3", "OpenBLAS", "ncursesw      ncurses 6"] {
            #expect(r.stdout.contains(name), "missing \(name) in \(r.stdout)")
        }
    }

    @Test func helpReadsLikeAManPageOnEveryCommand() throws {
        for command in [[], ["run"], ["datasets"], ["datasets", "verify"], ["inspect"], ["bench"], ["version"], ["open"]] {
            let r = try BuiltProduct.run(command + ["--help"])
            #expect(r.status == 0, "\(command) --help failed")
            #expect(r.stdout.contains("USAGE: c4s"), "\(command) --help: \(r.stdout)")
        }
        let job = try BuiltProduct.run(["run", "machine", "--help"])
        #expect(job.stdout.contains("--array-mib VALUE [MiB]") && job.stdout.contains("default 256"))
    }

    @Test func datasetsVerifyPassesOnTheMirrorAndFailsOnATamperedCopy() throws {
        let ok = try BuiltProduct.run(["datasets", "verify", "karate", "west0067", "gcb2023"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("3 of 3 files ok"))

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("matrices"), withIntermediateDirectories: true)
        try Data("%%MatrixMarket matrix coordinate pattern symmetric\n1 1 0\n".utf8)
            .write(to: dir.appendingPathComponent("matrices/karate.mtx"))
        let bad = try BuiltProduct.run(["datasets", "verify", "karate"], environment: ["C4S_DATA_DIR": dir.path])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("SIZE") && bad.stdout.contains("0 of 1 files ok"))
    }

    @Test func datasetsListAndShow() throws {
        let list = try BuiltProduct.run(["datasets", "list", "--kind", "field"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 5)
        let show = try BuiltProduct.run(["datasets", "show", "ersstv5"])
        #expect(show.stdout.contains("sst") && show.stdout.contains("[degC]") && show.stdout.contains("licence"))
        let unknown = try BuiltProduct.run(["datasets", "show", "ersst"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no dataset 'ersst'") && unknown.stderr.contains("did you mean ersstv5"))
    }

    @Test func runValidatesParametersWithUsefulMessages() throws {
        let unknownJob = try BuiltProduct.run(["run", "stencl"])
        #expect(unknownJob.status != 0 && unknownJob.stderr.contains("no job 'stencl'; available jobs: ")
                && unknownJob.stderr.contains("machine"))
        let badValue = try BuiltProduct.run(["run", "machine", "--array-mib", "0"])
        #expect(badValue.stderr.contains("--array-mib 0: not valid; expected an integer from 1 to 65536"))
        let badName = try BuiltProduct.run(["run", "machine", "--arraymib", "4"])
        #expect(badName.stderr.contains("job 'machine' has no parameter --arraymib"))
    }

    @Test func benchTUIReportsFrameTimesAsJSON() throws {
        let r = try BuiltProduct.run(["bench", "tui", "--frames", "2", "--size", "120x40", "--json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["section"] as? String } == ["Kernels", "Datasets", "Molecules", "Carbon", "Results", "Molecules (adk DCD, 3341 atoms)"])
        let frame = try #require((rows[0]["values"] as? [String: [String: Any]])?["frame"])
        #expect(frame["unit"] as? String == "ms" && (frame["value"] as? Double ?? -1) > 0)
        let unknown = try BuiltProduct.run(["bench", "nonesuch"])
        #expect(unknown.stderr.contains("no benchmark 'nonesuch'; available: --machine"))
    }

    @Test func benchSuiteHelpListsItsParametersAndRunsNothing() throws {
        let r = try BuiltProduct.run(["bench", "spmv", "--help"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("c4s bench spmv: "))
        #expect(r.stdout.contains("--matrices VALUE") && r.stdout.contains("--formats VALUE"))
        #expect(!r.stderr.contains("GFLOP/s"), "no case ran")
    }

    @Test func runMachineJSONAndExport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let h5 = dir.appendingPathComponent("results.h5")
        let r = try BuiltProduct.run(["bench", "--machine", "--array-mib", "2", "--repetitions", "2", "--dgemm-size", "64",
                                      "--json", "--export", h5.path, "--group", "machine"],
                                     environment: ["XDG_CACHE_HOME": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let metrics = try #require(json["metrics"] as? [String: [String: Any]])
        #expect(metrics["dgemm"]?["unit"] as? String == "GFLOP/s")
        #expect((metrics["triad_all_cores"]?["value"] as? Double ?? 0) > 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c4s/machine.json").path))
        let inspect = try BuiltProduct.run(["inspect", h5.path])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("/machine/metrics/dgemm"))
    }
}

extension CLITests {
    @Test func fragmentPrintsEveryUnitAndTheAssembledTotal() throws {
        let r = try BuiltProduct.run(["fragment", "chignolin", "--engine", "mm", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains("ACE-TYR-NME") }.count == 3)
        #expect(lines.filter { $0.contains("ACE-NME ") }.count == 9)
        #expect(r.stdout.contains("mm_nonbonded_energy") && r.stdout.contains("kcal/mol"))
        let uncapped = try BuiltProduct.run(["fragment", "adk-open", "--engine", "mm"])
        #expect(uncapped.status != 0 && uncapped.stderr.contains("residue MET 1: the chain is not capped"))
    }
}
