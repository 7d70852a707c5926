/// A runnable capability of the workbench: a kernel on a dataset, a training run, an emulator run,
/// a machine measurement. The CLI, the TUI and the benchmarks all run jobs through this protocol.
///
/// A job is made from validated parameters by its `JobDescriptor`; `run` does the work on the
/// calling thread, emits samples, checks cancellation between units of work, and returns a result.
/// Engines behind a job never print and never touch the terminal.
public protocol Job: Sendable {
    /// The descriptor this job was made from.
    var descriptor: JobDescriptor { get }
    /// The validated parameters of this run.
    var parameters: JobParameters { get }
    /// Catalog datasets this run reads (for provenance).
    var datasets: [DatasetReference] { get }
    /// Does the work. - Throws: `JobError.cancelled` when cancelled, `JobError.failed` or an engine
    ///   error for bad inputs; a failed run leaves no partial result behind.
    func run(_ context: JobContext) throws -> JobResult
}
