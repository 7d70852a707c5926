import ArgumentParser
import C4SWorkbench
import Foundation

/// `c4s bench --machine`: measures this machine's limits and stores them for other benchmarks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks with JSON output; --machine measures memory bandwidth and DGEMM rate.",
        discussion: """
            c4s bench SUITE [--json] [--name value ...] runs a benchmark suite (stencil, spmv, …) \
            and prints a table, or JSON with --json; each case reports the field's units and its \
            ratio to a baseline measured in the same run.

            c4s bench --machine [--array-mib N] [--repetitions N] [--dgemm-size N] [--json] [--force] \
            runs the STREAM triad (1 thread and all cores) and OpenBLAS DGEMM, prints the result \
            and stores it in the user cache (machine.json), from where other benchmarks report \
            their throughput as a fraction of this machine's limits. When the 1-minute load \
            (/proc/loadavg) exceeds the core count at the start, it warns and keeps an existing \
            machine.json unless --force is given. \
            Parameters are those of `c4s run machine --help`.
            """)

    @Argument(parsing: .captureForPassthrough, help: "--machine, then job parameters as --name value.")
    var arguments: [String] = []

    func run() throws {
        if arguments.first == "--help" || arguments.first == "-h" {
            print(C4SCommand.helpMessage(for: Self.self))
            return
        }
        guard let first = arguments.first else {
            throw ValidationError("say what to benchmark: `c4s bench --machine` (this machine's limits)"
                + BenchmarkRegistry.all.suites.map { " or `c4s bench \($0.id)` (\($0.summary))" }.joined())
        }
        guard first == "--machine" else {
            try SuiteExecution.execute(suiteID: first, words: Array(arguments.dropFirst()))
            return
        }
        let environment = JobEnvironment.current()
        let words = arguments.dropFirst().filter { $0 != "--force" }
        let force = words.count < arguments.count - 1
        let load = MachineLoadGuard.current()
        if let warning = load.warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        guard let result = try JobExecution.execute(
            jobID: MachineBenchmarkJob.descriptor.id, words: Array(words), environment: environment)
        else { return }
        let limits = MachineBenchmarkJob.limits(from: result)
        let file = MachineLimits.file(in: environment.cacheDirectory)
        guard load.decision(cacheExists: FileManager.default.fileExists(atPath: file.path), force: force) == .store else {
            FileHandle.standardError.write(Data("not stored: kept the existing \(file.path) (measured on a loaded machine; rerun when the load is below the core count, or pass --force)\n".utf8))
            return
        }
        do {
            try limits.save(to: environment.cacheDirectory)
            FileHandle.standardError.write(Data("stored in \(MachineLimits.file(in: environment.cacheDirectory).path)\n".utf8))
        } catch {
            throw CommandFailure("measured, but cannot store the limits in \(environment.cacheDirectory.path): \(error.localizedDescription)")
        }
    }
}
