import ArgumentParser
import C4STUI
import C4SWorkbench
import Foundation

/// Runs a benchmark suite from command-line words, with Ctrl-C as cancellation.
enum SuiteExecution {
    /// Runs `suiteID` with `words` (`--name value`, `--json`) and prints its report; with `--help` prints the suite's
    /// parameters instead and runs nothing.
    static func execute(suiteID: String, words: [String], registry: BenchmarkRegistry = .all,
                        environment: JobEnvironment = .current()) throws {
        let suite: BenchmarkSuite
        let args: JobArguments
        let parameters: JobParameters
        do {
            suite = try registry.suite(suiteID)
            args = try JobArguments(words)
            if args.help {
                print(JobHelp.describe(suite))
                return
            }
            parameters = try JobParameters(validating: args.parameters, against: suite.parameters, job: suite.id)
        } catch let error as CustomStringConvertible & Error {
            throw ValidationError(error.description)
        }
        let cancellation = JobContext(jobID: suite.id)
        let interrupt = InterruptForwarder { cancellation.cancel() }
        defer { interrupt.remove() }
        let context = BenchmarkContext(
            environment: environment, limits: MachineLimits.load(from: environment.cacheDirectory),
            cancellation: cancellation,
            progress: { line in if !args.quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) } })
        if context.limits == nil {
            FileHandle.standardError.write(Data("note: run `c4s bench --machine` first to report fractions of this machine's limits\n".utf8))
        }
        let report: BenchmarkReport
        do {
            report = try suite.run(parameters, context)
        } catch JobError.cancelled {
            FileHandle.standardError.write(Data("\n\(suite.id): cancelled\n".utf8))
            throw ExitCode(130)
        } catch let error as CustomStringConvertible & Error {
            throw CommandFailure(error.description)
        }
        print(args.json ? try report.json() : report.table())
    }
}

extension BenchmarkRegistry {
    /// The engines' suites plus the workbench's own (`tui`).
    static let all = BenchmarkRegistry(BenchmarkRegistry.standard.suites + [RenderBenchmark.suite])
}
