import C4SMolecules
import Foundation

/// The energy engines molecular dynamics runs on, by command-line name.
public enum MDEngine: String, Sendable, CaseIterable {
    /// ff14SB molecular mechanics in vacuum (`MMPotential`).
    case mm
    /// GFN2-xTB on every protein unit, assembled the AI²BMD way (`AssembledPotential`).
    case xtb
    /// GFN2-xTB on the whole protein at once (`WholeMoleculePotential`).
    case xtbWhole = "xtb-whole"
    /// The committed machine-learned unit potential on every unit, assembled (`AssembledPotential`, `MLUnitEngine`).
    case ml

    /// The potential of `structure`, whose ff14SB model is `system` (its charges, σ and ε give the
    /// assembly's E_MM,nb), computed on `threads` threads (the pair sum, concurrent xtb unit processes,
    /// or the OpenMP threads of the whole-protein xtb process).
    /// The ML engine reads `mlPotential` (an `MLUnitPotential` file), or the committed potential when nil.
    /// - Throws: `FragmentationError` when the structure cannot be cut into units, `XTBError.notInstalled`,
    ///   `JobError.failed` when the ML potential cannot be read.
    public func potential(structure: MolecularStructure, system: MMSystem, threads: Int, mlPotential: URL? = nil) throws -> any MDPotential {
        switch self {
        case .mm:
            return MMPotential(system: system, threads: threads)
        case .xtb:
            let assembly = FragmentAssembly(fragmentation: try ProteinFragmentation(structure), parameters: system.nonbonded)
            return AssembledPotential(assembly: assembly, engine: try XTBUnitEngine(workers: threads, cacheCapacity: 0))
        case .ml:
            let assembly = FragmentAssembly(fragmentation: try ProteinFragmentation(structure), parameters: system.nonbonded)
            guard let url = mlPotential else {
                return AssembledPotential(assembly: assembly, engine: try UnitPotentialLocation.committedEngine(workers: threads, job: "md"))
            }
            do {
                return AssembledPotential(assembly: assembly, engine: try MLUnitEngine(contentsOf: url, workers: threads))
            } catch {
                throw JobError.failed(job: "md", reason: "cannot load the ML unit potential \(url.path): \(error)")
            }
        case .xtbWhole:
            return WholeMoleculePotential(fragmentation: try ProteinFragmentation(structure),
                                          engine: try XTBUnitEngine(workers: 1, threadsPerProcess: threads, cacheCapacity: 0))
        }
    }
}
