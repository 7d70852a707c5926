import C4SCore
import C4SIO
import C4SMolecules
import Foundation

/// Active-learning candidates for the ML unit potential: every unit of every frame of ML MD
/// trajectories (H5MD files of `c4s md`), graded against the potential's training data — how far
/// the network inputs lie beyond the training range (descriptor grade) and how far the unit's ML
/// energy lies beyond its kind's training energies (energy grade) — and the most extrapolated,
/// unclashed ones per kind written, unlabelled, as a unit training set (`c4s unit-dataset` format).
///
/// Samples: one per trajectory, work = frames graded. Metrics: frames, units graded, share beyond
/// the training range, largest grades, candidates per kind. Arrays over the frames of all
/// trajectories: time, temperature, potential energy (from the file), largest grades and the unit
/// holding them; for one trajectory also every unit's ML energy and descriptor grade per frame.
public struct UnitCandidatesJob: Job {
    /// The job kind `unit-candidates`.
    public static let descriptor = JobDescriptor(
        id: "unit-candidates",
        title: "Active learning: out-of-distribution protein units from ML MD trajectories",
        summary: """
            Cuts the AI2BMD units out of every frame of H5MD trajectories written by `c4s md` (any engine; \
            usually --engine ml), grades each against the ML unit potential's training set: descriptor grade = \
            how many feature scales the most extrapolated standardised AEV feature of any atom lies beyond its \
            training range (0 inside), energy grade = how many training standard deviations the unit's ML energy \
            lies outside its kind's training energies. Per kind keeps the highest-graded units (score = sum of \
            both, above --threshold, at least --min-gap frames apart for the same unit, no clash) and writes \
            them unlabelled (energies and forces 0, method `unlabelled`, candidate_index 0, 1, ... per kind; the array \
            candidate_source gives each one's trajectory, frame and unit) in the unit training-set format; cystine pairs are left out.
            """,
        parameters: [
            ParameterSpec("trajectories", "H5MD trajectories written by c4s md, separated by commas", kind: .text, default: .string("md.h5")),
            ParameterSpec("output", "unit training-set HDF5 file to write (unlabelled candidates)", kind: .text,
                          default: .string("unit-candidates.h5")),
            ParameterSpec("potential", "ML unit potential file, or `committed` for datasets/models/ml-unit-potential.h5", kind: .text,
                          default: .string(UnitPotentialLocation.committed)),
            ParameterSpec("training", "the potential's training set, or `committed` for datasets/molecules/unit-xtb-training.h5",
                          kind: .text, default: .string("committed")),
            ParameterSpec("per-kind", "candidates kept per unit kind at most", kind: .int(1...100_000), default: .int(20)),
            ParameterSpec("min-gap", "frames between two candidates of the same unit of one trajectory", kind: .int(1...1_000_000),
                          default: .int(10)),
            ParameterSpec("threshold", "smallest score (descriptor + energy grade) of a candidate", kind: .double(0...1e9), default: .double(0)),
            ParameterSpec("max-temperature", "frames hotter than this (K, from the file's temperature) are skipped", kind: .double(1...1e6),
                          default: .double(2000)),
            ParameterSpec("every", "grade every this many frames", kind: .int(1...1_000_000), default: .int(1)),
            ParameterSpec("replace", "overwrite an existing output file", kind: .bool, default: .bool(false)),
            ParameterSpec("threads", "threads of the descriptors (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        workUnit: WorkUnit(name: "frame", throughputLabel: "frames/s", scale: 1),
        make: { parameters, _ in try UnitCandidatesJob(parameters: parameters) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// No catalog datasets: the inputs are files.
    public var datasets: [DatasetReference] { [] }
    /// The trajectories, in order.
    public let trajectories: [URL]
    /// The potential file.
    public let potential: URL
    /// The training-set file.
    public let training: URL
    /// The file written.
    public let output: URL

    /// Resolves the files. - Throws: `JobError.failed` naming the parameter for a missing trajectory,
    /// more than 20 trajectories, an existing output without --replace, or `committed` outside a repository.
    public init(parameters: JobParameters) throws {
        let id = Self.descriptor.id
        self.parameters = parameters
        trajectories = parameters.string("trajectories").split(separator: ",").map {
            URL(fileURLWithPath: $0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...20).contains(trajectories.count) else {
            throw JobError.failed(job: id, reason: "--trajectories: give 1 to 20 H5MD files separated by commas")
        }
        for url in trajectories where !FileManager.default.fileExists(atPath: url.path) {
            throw JobError.failed(job: id, reason: "--trajectories: \(url.path) does not exist (write one with c4s md ... --export FILE.h5)")
        }
        potential = try UnitPotentialLocation.url(parameters.string("potential"), job: id)
        if parameters.string("training") == "committed" {
            guard let root = RepositoryLocator.current() else {
                throw JobError.failed(job: id, reason: "no repository found for \(UnitTrainingFiles.committedData); set C4S_REPO or pass --training FILE")
            }
            training = root.appendingPathComponent(UnitTrainingFiles.committedData)
        } else {
            training = URL(fileURLWithPath: parameters.string("training"))
        }
        output = URL(fileURLWithPath: parameters.string("output"))
        if FileManager.default.fileExists(atPath: output.path) && !parameters.bool("replace") {
            throw JobError.failed(job: id, reason: "--output \(output.path) exists; add --replace to overwrite it")
        }
    }

    /// Grades the frames and writes the candidates. - Throws: `JobError.failed` for an unreadable
    /// potential, training set or trajectory (named), a trajectory whose atoms cannot be cut into
    /// units, or a failed write (an existing file is left as it was); `JobError.cancelled`.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id, workers = parameters.threads()
        let grade: MLExtrapolationGrade, reference: UnitTrainingSet
        do {
            reference = try UnitTrainingSet.read(path: training.path)
            grade = try MLExtrapolationGrade(potential: try MLUnitPotential(reading: potential), sets: reference.sets, workers: workers)
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: error.description)
        }
        var all: [UnitFrameCandidate] = [], series = CandidateSeries(), unitArrays: (energy: [Double], grade: [Double], units: Int)?
        for (t, url) in trajectories.enumerated() {
            try context.checkCancellation()
            let start = context.elapsed
            let (fragmentation, frames, kept) = try read(url)
            let candidates = try UnitCandidateHarvest.candidates(fragmentation: fragmentation, frames: kept.map { frames.positions[$0] },
                                                                 trajectory: t, grade: grade, workers: workers)
            // Candidates carry the frame's index in the file, not in the kept list.
            let remapped = candidates.map {
                UnitFrameCandidate(trajectory: $0.trajectory, frame: kept[$0.frame], unit: $0.unit, kind: $0.kind, geometry: $0.geometry,
                              energy: $0.energy, descriptorGrade: $0.descriptorGrade, energyGrade: $0.energyGrade)
            }
            series.append(remapped, units: fragmentation.units.count, frames: kept, observables: frames)
            if trajectories.count == 1 {
                unitArrays = (remapped.map(\.energy), remapped.map(\.descriptorGrade), fragmentation.units.count)
            }
            all += remapped
            context.emit(JobSample(elapsed: context.elapsed, duration: max(context.elapsed - start, 1e-9), workUnits: Double(kept.count), bytes: 0,
                                   label: "\(url.lastPathComponent): \(kept.count) frames", observations: ["step": Double(t + 1), "steps": Double(trajectories.count)]))
        }
        let chosen = UnitCandidateHarvest.select(all, perKind: parameters.int("per-kind"), minimumGap: parameters.int("min-gap"),
                                                 threshold: parameters.double("threshold"))
        let generator = "unit-candidates from " + trajectories.map(\.lastPathComponent).joined(separator: ", ")
            + "; potential \(potential.lastPathComponent), per-kind \(parameters.int("per-kind")), min-gap \(parameters.int("min-gap")), "
            + "threshold \(parameters.double("threshold"))"
        let (set, held, unmatched) = UnitCandidateHarvest.unlabelledSet(chosen, reference: reference, generator: generator)
        do {
            try set.write(path: output.path)
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: "--output \(output.path): \(error.description)")
        }
        var arrays = series.arrays
        arrays.append(ResultArray(name: "candidate_source", shape: [held.count, 4],
                                  storage: .int64(held.flatMap { [Int64($0.kind.code), Int64($0.trajectory), Int64($0.frame), Int64($0.unit)] }),
                                  unit: "1", summary: "kind code, trajectory, frame and unit of each written candidate, in the file's order",
                                  dimensionNames: ["candidate", "field"]))
        if let u = unitArrays {
            let frames = u.energy.count / max(u.units, 1)
            arrays.append(ResultArray(name: "unit_energy", shape: [frames, u.units], storage: .float64(u.energy), unit: "kcal/mol",
                                      summary: "ML energy of every unit at every graded frame", dimensionNames: ["frame", "unit"]))
            arrays.append(ResultArray(name: "unit_descriptor_grade", shape: [frames, u.units], storage: .float64(u.grade), unit: "1",
                                      summary: "descriptor grade of every unit at every graded frame", dimensionNames: ["frame", "unit"]))
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
                         metrics: metrics(all, set: set, unmatched: unmatched), arrays: arrays)
    }

    /// The fragmentation of `url`'s protein, its frames, and the indices of the frames to grade
    /// (every `every`-th, at most `max-temperature`).
    private func read(_ url: URL) throws -> (ProteinFragmentation, TrajectoryFrames, [Int]) {
        let id = descriptor.id
        do {
            let frames = TrajectoryFrames(try H5MDFrameReader.read(from: url))
            let fragmentation = try ProteinFragmentation(MolecularStructure(frames: frames.file))
            let limit = parameters.double("max-temperature")
            let kept = stride(from: 0, to: frames.positions.count, by: parameters.int("every")).filter { (frames.temperature?[$0] ?? 0) <= limit }
            guard kept.count < 100_000 else {
                throw JobError.failed(job: id, reason: "\(url.path): \(kept.count) frames to grade; at most 99999 (raise --every)")
            }
            return (fragmentation, frames, kept)
        } catch let error as JobError {
            throw error
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: "--trajectories \(url.path): \(error.description)")
        }
    }

    private func metrics(_ all: [UnitFrameCandidate], set: UnitTrainingSet, unmatched: Int) -> [ResultMetric] {
        let beyond = all.filter { $0.descriptorGrade > 0 }.count
        let worst = all.max { $0.descriptorGrade < $1.descriptorGrade }
        let lowest = all.max { $0.energyGrade < $1.energyGrade }
        var metrics = [
            ResultMetric("units_graded", Double(all.count), unit: "1", summary: "unit conformations graded (units × frames)"),
            ResultMetric("beyond_range", all.isEmpty ? 0 : Double(beyond) / Double(all.count), unit: "1",
                         summary: "share of graded units with an input feature outside its training range"),
            ResultMetric("max_descriptor_grade", worst?.descriptorGrade ?? 0, unit: "1",
                         summary: worst.map { "feature scales beyond the training range; \($0.geometry.label), trajectory \($0.trajectory) frame \($0.frame)" } ?? "none"),
            ResultMetric("max_energy_grade", lowest?.energyGrade ?? 0, unit: "1",
                         summary: lowest.map { "training energy deviations outside the kind's range; \($0.geometry.label), trajectory \($0.trajectory) frame \($0.frame)" } ?? "none"),
            ResultMetric("candidates", Double(set.count), unit: "1", summary: "unlabelled conformations written to \(output.lastPathComponent)"),
            ResultMetric("unmatched", Double(unmatched), unit: "1", summary: "chosen units left out: atoms or charge differ from the training set's of their kind"),
        ]
        for s in set.sets {
            metrics.append(ResultMetric("\(s.kind.label)/candidates", Double(s.count), unit: "1", summary: "\(s.atoms.count) atoms"))
        }
        return metrics
    }
}
