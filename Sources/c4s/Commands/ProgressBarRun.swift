import ArgumentParser
import C4SWorkbench
import Foundation

/// Makes the job `descriptor` describes from `arguments` (an invalid value becomes a usage error),
/// runs it to its end with `bar` showing its progress on standard error (Ctrl-C cancels it) and
/// prints its result as JSON when `json`, else as a table. On cancellation writes `stopped` (one line)
/// to standard error and exits with status 130; any other failure becomes a `CommandFailure` with
/// the job's message. The bar is finished in every case.
func runShowingProgress(
    _ descriptor: JobDescriptor, arguments: [String: String], bar: ProgressBar, stopped: String, json: Bool
) throws {
    let environment = JobEnvironment.current()
    let job: any Job
    do {
        job = try descriptor.makeJob(arguments: arguments, environment: environment)
    } catch let error as CustomStringConvertible & Error {
        throw ValidationError(error.description)
    }
    let handle = JobHandle.start(job) { bar.update($0) }
    let interrupt = InterruptForwarder { handle.cancel() }
    defer { interrupt.remove() }
    let result: JobResult
    do {
        result = try handle.wait()
        bar.finish()
    } catch JobError.cancelled {
        bar.finish()
        FileHandle.standardError.write(Data("\(stopped)\n".utf8))
        throw ExitCode(130)
    } catch let error as CustomStringConvertible & Error {
        bar.finish()
        throw CommandFailure(error.description)
    }
    print(json ? try ResultJSON.text(result, limits: MachineLimits.load(from: environment.cacheDirectory)) : ResultTable.text(result))
}
