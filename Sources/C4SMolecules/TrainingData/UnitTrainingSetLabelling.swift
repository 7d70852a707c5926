import Foundation
import Synchronization

/// Labels planned conformations of several unit kinds with a unit engine, writing the training
/// set file (atomically) after every batch, so an interrupted run keeps what it labelled and a
/// resumed run continues where it stopped and ends with the same file as an uninterrupted one.
///
/// Kinds take turns batch by batch, so a partial file holds every kind. A batch the engine fails
/// on is labelled again one conformation at a time; conformations that fail alone are left out
/// (and reported) unless every conformation of the batch fails, which stops the run.
public struct UnitTrainingSetLabelling: Sendable {
    /// One plan per kind, in the order kinds take turns.
    public let plans: [UnitConformationPlan]
    /// How the plans were made, in words (stored as the set's `generator`; a resumed file must have
    /// been made the same way, up to the number of conformations, see `UnitConformationSettings.procedure(of:)`).
    public let generator: String
    /// The seed stored with the set.
    public let seed: UInt64

    /// What a run did.
    public struct Outcome: Sendable {
        /// The complete training set as written.
        public let set: UnitTrainingSet
        /// Conformations found in the file when resuming.
        public let resumed: Int
        /// Conformations labelled by this run.
        public let labelled: Int
        /// Conformations left out because the engine failed on them: label and error.
        public let failures: [String]
    }

    /// Plans for `kinds` from `library`. - Throws: `TrainingDataError` naming a kind the library
    /// has no source of, or invalid settings; the errors of `UnitConformationPlan`.
    public init(library: UnitSourceLibrary, kinds: [UnitKind], settings: UnitConformationSettings, forceField: AmberForceField) throws {
        try settings.validate()
        let sources = try kinds.map { kind in
            guard let sources = library.sources[kind] else {
                throw TrainingDataError(location: kind.label, reason: "no source geometry of this kind in the structures read; kinds found: "
                                        + library.sources.keys.sorted { $0.code < $1.code }.map(\.label).joined(separator: ", "))
            }
            return sources
        }
        // Kinds are planned concurrently; each plan depends only on its sources and the settings.
        let results = Mutex([Result<UnitConformationPlan, any Error>?](repeating: nil, count: kinds.count))
        DispatchQueue.concurrentPerform(iterations: kinds.count) { k in
            let plan = Result { try UnitConformationPlan(sources: sources[k], forceField: forceField, settings: settings) }
            results.withLock { $0[k] = plan }
        }
        plans = try results.withLock { $0 }.map { try $0!.get() }
        generator = settings.description
        seed = settings.seed
    }

    /// Labelling of ready-made plans (e.g. of candidate conformations), described by `generator`.
    /// - Precondition: no kind twice.
    public init(plans: [UnitConformationPlan], generator: String, seed: UInt64 = 0) {
        precondition(Set(plans.map(\.kind.code)).count == plans.count, "UnitTrainingSetLabelling: one plan per kind")
        self.plans = plans
        self.generator = generator
        self.seed = seed
    }

    /// Number of conformations planned over all kinds.
    public var plannedCount: Int { plans.reduce(0) { $0 + $1.candidates.count } }

    /// Labels every planned conformation with `engine` into the file at `path`, `batchSize` at a
    /// time per kind. With `resume` and an existing file, keeps its conformations and labels the
    /// rest. `progress(done, total)` is called with the conformations finished by this run and
    /// the number it has to label; when it throws (e.g. on cancellation) the run stops with that
    /// error, the file keeping every complete batch.
    /// - Throws: `TrainingDataError` when resuming a file made with other settings, another
    ///   method, or other conformations; the engine's first error when a whole batch fails;
    ///   `HDF5Error` when the file cannot be read or written.
    /// - Precondition: `batchSize >= 1`.
    public func run(path: String, engine: any UnitEngine, method: String, programVersion: String, resume: Bool, batchSize: Int,
                    progress: @escaping @Sendable (Int, Int) throws -> Void) throws -> Outcome {
        precondition(batchSize >= 1, "UnitTrainingSetLabelling.run: batchSize >= 1")
        var sets = plans.map { UnitConformationSet(kind: $0.kind, atoms: $0.atoms, charge: $0.charge) }
        if resume && FileManager.default.fileExists(atPath: path) {
            let existing = try UnitTrainingSet.read(path: path)
            try check(existing, path: path, method: method)
            for stored in existing.sets { sets[plans.firstIndex { $0.kind == stored.kind }!] = stored }
        }
        let resumed = sets.reduce(0) { $0 + $1.count }
        var next = sets.map { ($0.candidateIndex.last ?? -1) + 1 }
        let total = plans.indices.reduce(0) { $0 + plans[$1].candidates.count - next[$1] }
        var done = 0, failures: [String] = []
        func current() -> UnitTrainingSet {
            UnitTrainingSet(sets: sets.filter { $0.count > 0 }, method: method, programVersion: programVersion,
                            seed: seed, generator: generator)
        }
        while next.indices.contains(where: { next[$0] < plans[$0].candidates.count }) {
            for (p, plan) in plans.enumerated() where next[p] < plan.candidates.count {
                let range = next[p]..<min(next[p] + batchSize, plan.candidates.count)
                let geometries = range.map { UnitGeometry(label: "\(plan.kind.label) conformation \($0)", atoms: plan.atoms,
                                                          positions: plan.candidates[$0].positions, charge: plan.charge) }
                let base = done
                let results = try label(geometries, engine: engine, failures: &failures) { try progress(base + $0, total) }
                for (c, result) in zip(range, results) {
                    guard let result else { continue }
                    let candidate = plan.candidates[c]
                    sets[p].append(positions: candidate.positions, energy: result.energy, forces: result.forces,
                                   split: candidate.split, origin: candidate.origin, candidateIndex: c)
                }
                next[p] = range.upperBound
                done += range.count
                try current().write(path: path)
            }
        }
        return Outcome(set: current(), resumed: resumed, labelled: done, failures: failures)
    }

    /// The evaluation of each geometry, nil for those the engine fails on alone.
    private func label(_ geometries: [UnitGeometry], engine: any UnitEngine, failures: inout [String],
                       progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation?] {
        let stopped = Mutex<(any Error)?>(nil)
        let usable = { (e: UnitEvaluation) in e.energy.isFinite && e.forces.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.z.isFinite } }
        let batchError: any Error
        do {
            let results = try engine.evaluate(geometries) { k in
                do { try progress(k) } catch { stopped.withLock { $0 = error }; throw error }
            }
            if results.allSatisfy(usable) { return results }
            batchError = TrainingDataError(location: geometries[0].label, reason: "the engine returned a non-finite energy or force")
        } catch {
            if let stop = stopped.withLock({ $0 }) { throw stop }
            batchError = error
        }
        var results: [UnitEvaluation?] = []
        for (k, geometry) in geometries.enumerated() {
            try progress(k)
            do {
                let result = try engine.evaluate([geometry])[0]
                guard usable(result) else { throw TrainingDataError(location: geometry.label, reason: "non-finite energy or force") }
                results.append(result)
            } catch {
                failures.append("\(geometry.label): \(error)")
                results.append(nil)
            }
        }
        try progress(geometries.count)
        if results.allSatisfy({ $0 == nil }) { throw batchError }
        return results
    }

    /// Throws unless `existing` was made by these plans and settings with `method`.
    private func check(_ existing: UnitTrainingSet, path: String, method: String) throws {
        func refuse(_ reason: String) -> TrainingDataError {
            TrainingDataError(location: path, reason: reason + "; resume it with the options that made it, or write a new file")
        }
        // Another count is fine (the plans for more conformations begin with those for fewer), other settings are not.
        guard UnitConformationSettings.procedure(of: existing.generator) == UnitConformationSettings.procedure(of: generator) else {
            throw refuse("was made with '\(existing.generator)', not '\(generator)'")
        }
        guard existing.method == method else { throw refuse("was labelled with \(existing.method), not \(method)") }
        for stored in existing.sets {
            guard let plan = plans.first(where: { $0.kind == stored.kind }) else {
                throw refuse("holds \(stored.kind.label), which is not among the kinds requested")
            }
            guard stored.atoms == plan.atoms, stored.charge == plan.charge else { throw refuse("its \(stored.kind.label) atoms differ from the planned ones") }
            for (i, c) in stored.candidateIndex.enumerated() {
                guard c < plan.candidates.count else {
                    throw refuse("holds \(stored.kind.label) conformation \(c), beyond the \(plan.candidates.count) planned; give a --per-kind of at least \(c + 1)")
                }
                guard plan.candidates[c].positions == stored.positions[i],
                      plan.candidates[c].origin == stored.origin[i], plan.candidates[c].split == stored.split[i] else {
                    throw refuse("its \(stored.kind.label) conformation \(c) is not the planned one")
                }
            }
        }
    }
}
