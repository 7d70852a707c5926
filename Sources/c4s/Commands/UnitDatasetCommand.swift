import ArgumentParser
import C4SWorkbench
import Foundation

/// `c4s unit-dataset --output F.h5 --per-kind N --seed S [--resume]`: the `unit-dataset` job with a
/// progress bar and ETA on stderr; Ctrl-C stops after the current batch and the file keeps every
/// batch labelled so far (continue with --resume).
struct UnitDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-dataset",
        abstract: "Training data for a unit potential: conformations of the 21 unit kinds labelled by GFN2-xTB (the unit-dataset job).",
        discussion: """
            Example: c4s unit-dataset --output units.h5 --per-kind 150 --seed 1. Conformations of ACE-X-NME \
            (20 amino acids) and ACE-NME from real residues: dihedral rotations, ff14SB Langevin MD at \
            400/600/800 K, displaced MD snapshots; energies (kcal/mol) and forces (kcal/mol/A) by xtb; \
            split 80/10/10 by conformation. The file is rewritten atomically after every batch: after \
            Ctrl-C or a crash, the same command with --resume continues where it stopped.
            """)

    @Option(help: "The training-set HDF5 file to write.")
    var output = "unit-training.h5"
    @Option(help: "Conformations per unit kind (10 to 100000).")
    var perKind = 150
    @Option(help: "Seed of the conformations and the split.")
    var seed = 1
    @Option(help: "all, or unit kinds separated by commas: residue names (ALA,TRP) or ACE-NME.")
    var kinds = "all"
    @Option(help: "Labelling engine: xtb (GFN2-xTB) or mm (ff14SB).")
    var engine = "xtb"
    @Flag(help: "Continue an existing output file made with the same options.")
    var resume = false
    @Flag(help: "Overwrite an existing output file.")
    var replace = false
    @Option(help: "Conformations labelled per kind between file writes.")
    var batch = 8
    @Option(help: "xtb processes at once (0 = all cores).")
    var threads = 0
    @Option(help: "Seconds one conformation may take before its xtb process is killed.")
    var timeout = 600.0
    @Option(help: "none, or a unit training-set file of unlabelled conformations (e.g. units cut from ML MD frames) to label instead of generating conformations (the first --per-kind of each kind).")
    var candidates = "none"
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Flag(help: "No progress bar.")
    var quiet = false

    func run() throws {
        let arguments = [
            "output": output, "per-kind": String(perKind), "seed": String(seed), "kinds": kinds, "engine": engine,
            "resume": String(resume), "replace": String(replace), "batch": String(batch), "threads": String(threads), "timeout": String(timeout), "candidates": candidates,
        ]
        let bar = ProgressBar(enabled: !quiet, shown: [], counted: "conformations")
        try runShowingProgress(
            UnitDatasetJob.descriptor, arguments: arguments, bar: bar,
            stopped: "unit-dataset: stopped; \(output) keeps every batch labelled so far (continue with --resume)", json: json)
    }
}
