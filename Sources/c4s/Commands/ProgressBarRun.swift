import ArgumentParser
import C4SWorkbench
import Foundation

/// Runs `job` to its end with `bar` showing its progress on standard error; Ctrl-C cancels the job.
/// On cancellation writes `stopped` (one line) to standard error and exits with status 130; any
/// other failure becomes a `CommandFailure` with the job's message. The bar is finished in every case.
func runShowingProgress(_ job: any Job, bar: ProgressBar, stopped: String) throws -> JobResult {
    let handle = JobHandle.start(job) { bar.update($0) }
    let interrupt = InterruptForwarder { handle.cancel() }
    defer { interrupt.remove() }
    do {
        let result = try handle.wait()
        bar.finish()
        return result
    } catch JobError.cancelled {
        bar.finish()
        FileHandle.standardError.write(Data("\(stopped)\n".utf8))
        throw ExitCode(130)
    } catch let error as CustomStringConvertible & Error {
        bar.finish()
        throw CommandFailure(error.description)
    }
}
