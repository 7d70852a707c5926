import Foundation

/// What a finished job returns: its parameters, inputs, timing, samples, metrics and arrays.
/// Exports itself to one HDF5 group (`ResultExporter`).
public struct JobResult: Sendable {
    /// Job id (e.g. "machine").
    public let jobID: String
    /// Job title.
    public let title: String
    /// The validated parameters of the run.
    public let parameters: JobParameters
    /// Catalog datasets it read.
    public let datasets: [DatasetReference]
    /// Wall-clock start and end.
    public let startedAt: Date
    /// Wall-clock end.
    public let finishedAt: Date
    /// Every sample the job emitted, oldest first.
    public let samples: [JobSample]
    /// How work was counted.
    public let workUnit: WorkUnit
    /// Scalar outcomes.
    public let metrics: [ResultMetric]
    /// Array outcomes.
    public let arrays: [ResultArray]

    /// Creates a result.
    public init(job: any Job, startedAt: Date, finishedAt: Date, samples: [JobSample],
                metrics: [ResultMetric], arrays: [ResultArray] = []) {
        jobID = job.descriptor.id
        title = job.descriptor.title
        parameters = job.parameters
        datasets = job.datasets
        workUnit = job.descriptor.workUnit
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.samples = samples
        self.metrics = metrics
        self.arrays = arrays
    }

    /// The metric with this name, if any.
    public func metric(_ name: String) -> ResultMetric? {
        metrics.first { $0.name == name }
    }

    /// Throughput over all samples.
    public var throughput: ThroughputSummary {
        ThroughputSummary(samples: samples, unit: workUnit)
    }
}
