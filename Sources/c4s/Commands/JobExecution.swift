import ArgumentParser
import C4SWorkbench
import Dispatch
import Foundation

/// Runs a job from command-line words: parse, start on its own thread, forward Ctrl-C as
/// cancellation, print progress and the result, export if asked. Shared by `run` and `bench`.
enum JobExecution {
    /// Runs `jobID` with `words` and returns its result (nil when only help was shown); without
    /// --json the result is printed by `render`.
    /// - Throws: `ExitCode(130)` when cancelled, `ValidationError` for bad parameters, `CommandFailure` when the job fails.
    @discardableResult
    static func execute(jobID: String, words: [String], registry: JobRegistry = .standard,
                        environment: JobEnvironment = .current(),
                        render: (JobResult) -> String = ResultTable.text) throws -> JobResult? {
        let descriptor: JobDescriptor
        let args: JobArguments
        let job: any Job
        do {
            descriptor = try registry.descriptor(jobID)
            args = try JobArguments(words)
            if args.help {
                print(JobHelp.describe(descriptor))
                return nil
            }
            job = try descriptor.makeJob(arguments: args.parameters, environment: environment)
        } catch let error as CustomStringConvertible & Error {
            throw ValidationError(error.description)
        }
        let progress = ProgressPrinter(unit: descriptor.workUnit, enabled: !args.quiet)
        let handle = JobHandle.start(job) { progress.print($0) }
        let interrupt = InterruptForwarder { handle.cancel() }
        defer { interrupt.remove() }
        let result: JobResult
        do {
            result = try handle.wait()
        } catch JobError.cancelled(let id) {
            FileHandle.standardError.write(Data("\n\(JobError.cancelled(job: id).description)\n".utf8))
            throw ExitCode(130)
        } catch let error as CustomStringConvertible & Error {
            throw CommandFailure(error.description)
        }
        if args.json {
            print(try ResultJSON.text(result, limits: MachineLimits.load(from: environment.cacheDirectory)))
        } else {
            print(render(result))
        }
        if let path = args.export {
            do {
                let group = try ResultExporter().export(result, to: URL(fileURLWithPath: path), group: args.group)
                FileHandle.standardError.write(Data("exported to \(path) group /\(group)\n".utf8))
            } catch let error as CustomStringConvertible & Error {
                throw CommandFailure("export failed, \(path) is unchanged: \(error.description)")
            }
        }
        return result
    }
}
