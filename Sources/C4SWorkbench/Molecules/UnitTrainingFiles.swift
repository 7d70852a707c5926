import C4SCore
import C4SIO
import C4SMolecules
import Foundation

/// The labelled conformations of one or more unit training-set files (`c4s unit-dataset`), as the
/// sets an ML unit potential is trained and tested on: a kind found in several files with the same
/// atoms in the same order becomes one set (the conformations of the files in turn), each keeping
/// its split.
enum UnitTrainingFiles {
    /// The committed GFN2-xTB training set's path inside the repository.
    static let committedData = "datasets/molecules/unit-xtb-training.h5"

    /// The files named by `text`: paths separated by commas, `committed` for the committed set.
    /// - Throws: `JobError.failed` naming `job` when `committed` is asked for outside a repository
    ///   checkout or no file is named.
    static func urls(_ text: String, job: String) throws -> [URL] {
        let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { throw JobError.failed(job: job, reason: "--data: name a training-set file, or committed") }
        return try words.map { word in
            guard word == "committed" else { return URL(fileURLWithPath: word) }
            guard let root = RepositoryLocator.current() else {
                throw JobError.failed(job: job, reason: "no repository found for \(committedData); set C4S_REPO or pass --data FILE")
            }
            return root.appendingPathComponent(committedData)
        }
    }

    /// The sets of `urls` merged by kind, and the reference method they share.
    /// - Throws: `JobError.failed` naming `job` and the file when one cannot be read, or when the
    ///   files were labelled by different methods.
    static func read(_ urls: [URL], job: String) throws -> (sets: [MLConformationSet], method: String) {
        var merged: [(kind: UnitKind, atoms: [AtomRecord], set: UnitConformationSet)] = []
        var method: String?
        for url in urls {
            let file: UnitTrainingSet
            do {
                file = try UnitTrainingSet.read(path: url.path)
            } catch {
                throw JobError.failed(job: job, reason: "cannot use the training set \(url.path): \(error)")
            }
            if let method, method != file.method {
                throw JobError.failed(job: job, reason: "\(url.path) was labelled with \(file.method), the files before it with \(method); train on one reference method")
            }
            method = file.method
            for set in file.sets {
                if let k = merged.firstIndex(where: { $0.kind == set.kind && $0.atoms == set.atoms }) {
                    let old = merged[k].set
                    merged[k].set = UnitConformationSet(kind: old.kind, atoms: old.atoms, charge: old.charge, positions: old.positions + set.positions,
                                                        energies: old.energies + set.energies, forces: old.forces + set.forces,
                                                        split: old.split + set.split, origin: old.origin + set.origin)
                } else {
                    merged.append((set.kind, set.atoms, set))
                }
            }
        }
        do {
            return (try merged.map { try MLConformationSet($0.set) }, method ?? "")
        } catch {
            throw JobError.failed(job: job, reason: "cannot use the training sets \(urls.map(\.path).joined(separator: ", ")): \(error)")
        }
    }
}
