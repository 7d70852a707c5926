import ArgumentParser
import C4SWorkbench
import Foundation

/// `c4s md FILE|DATASET`: molecular dynamics (the `md` job) with a progress bar and ETA on stderr;
/// Ctrl-C stops cleanly and the trajectory keeps every frame written so far.
struct MDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "md",
        abstract: "Langevin or NVE molecular dynamics of a protein on ff14SB, GFN2-xTB or the ML unit potential, to an H5MD trajectory (the md job).",
        discussion: """
            Example: c4s md trpcage --engine mm --steps 1000 --dt 0.5fs --export traj.h5. \
            The trajectory (positions, velocities, forces, potential/kinetic/total energy, temperature) is \
            flushed every --flush frames; Ctrl-C stops after the current step and closes it with every \
            frame so far. Open it in the workbench's Molecules pane (`open traj.h5`).
            """)

    @Argument(help: "Molecule dataset id (chignolin), its file name (chig, trpcage, abd) or a PDB path.")
    var structure: String
    @Option(help: "mm (ff14SB), xtb (GFN2-xTB units assembled, AI2BMD), xtb-whole (GFN2-xTB on the whole protein) or ml (ML unit potential, assembled).")
    var engine = "mm"
    @Option(help: "langevin (BAOAB, NVT) or verlet (velocity Verlet, NVE).")
    var integrator = "langevin"
    @Option(help: "MD steps.")
    var steps = 1000
    @Option(help: "Time step with unit: 0.5fs, 1fs, 0.0005ps.")
    var dt = "0.5fs"
    @Option(help: "Temperature in K (bath and initial velocities).")
    var temperature = 300.0
    @Option(help: "Langevin friction in 1/ps.")
    var friction = 1.0
    @Option(help: "Seed of the initial velocities and the Langevin noise.")
    var seed = 1
    @Option(help: "The H5MD trajectory file to write (none: no file).")
    var export = "md.h5"
    @Option(help: "Record a frame every this many steps.")
    var every = 10
    @Option(help: "Flush the trajectory to disk every this many frames.")
    var flush = 10
    @Flag(help: "Overwrite an existing trajectory file.")
    var replace = false
    @Option(help: "Threads of the MM pair sum or concurrent xtb processes (0 = all cores).")
    var threads = 0
    @Option(help: "Model of a multi-model PDB file, from 0.")
    var frame = 0
    @Option(help: "Stop when the temperature rises above this, in K (0 = never).")
    var maxTemperature = 0.0
    @Option(help: "ML unit potential file for --engine ml (committed: datasets/models/ml-unit-potential.h5).")
    var potential = "committed"
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Flag(help: "No progress bar.")
    var quiet = false

    func run() throws {
        let arguments = [
            "structure": structure, "engine": engine, "integrator": integrator, "steps": String(steps), "dt": dt,
            "temperature": String(temperature), "friction": String(friction), "seed": String(seed), "trajectory": export,
            "every": String(every), "flush": String(flush), "replace": String(replace), "threads": String(threads), "frame": String(frame),
            "max-temperature": String(maxTemperature), "potential": potential,
        ]
        let bar = ProgressBar(enabled: !quiet, shown: [("temperature", "T", "K"), ("total_energy", "E", "kcal/mol")])
        let kept = export == "none" ? "" : "; \(export) keeps every frame written so far"
        try runShowingProgress(MDJob.descriptor, arguments: arguments, bar: bar, stopped: "md: stopped\(kept)", json: json)
        if export != "none" { FileHandle.standardError.write(Data("trajectory: \(export)\n".utf8)) }
    }
}
