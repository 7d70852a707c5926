/// Every job kind the workbench offers, by id. The CLI's `run`, the TUI's menus and the
/// benchmarks all list and make jobs from here.
public struct JobRegistry: Sendable {
    /// The job kinds, in menu order.
    public let descriptors: [JobDescriptor]

    /// Creates a registry. - Precondition: ids are unique.
    public init(_ descriptors: [JobDescriptor]) {
        precondition(Set(descriptors.map(\.id)).count == descriptors.count, "duplicate job ids")
        self.descriptors = descriptors
    }

    /// The registry of everything built into this version.
    public static let standard = JobRegistry([MachineBenchmarkJob.descriptor, FieldSliceJob.descriptor, StencilJob.descriptor, SpMVJob.descriptor, CGJob.descriptor, FFTJob.descriptor, AirSeaFluxJob.descriptor, CarbonBudgetJob.descriptor, OceanEmulatorJob.descriptor, MMJob.descriptor, FragmentJob.descriptor, MDJob.descriptor, UnitDatasetJob.descriptor, UnitPotentialTrainJob.descriptor, UnitPotentialTestJob.descriptor, UnitCandidatesJob.descriptor, DiGSurfaceJob.descriptor, DiGTrainJob.descriptor, DiGSampleJob.descriptor])

    /// The descriptor with this id. - Throws: `JobError.unknownJob` listing the available ids.
    public func descriptor(_ id: String) throws -> JobDescriptor {
        guard let d = descriptors.first(where: { $0.id == id }) else {
            throw JobError.unknownJob(id, available: descriptors.map(\.id))
        }
        return d
    }
}
