import ArgumentParser
import C4SWorkbench

/// `c4s fragment FILE|ID [--engine xtb|mm|ml]`: the `fragment` job with a table of its protein units.
struct FragmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fragment",
        abstract: "Protein energy the AI²BMD way: units ACE-X-NME and ACE-NME, each by xtb or ff14SB, assembled.",
        discussion: """
            Cuts a capped protein (ACE … NME with all hydrogens; a PDB file or a molecule dataset \
            such as chignolin, trpcage, abd) into protein units, evaluates each unit with \
            GFN2-xTB (xtb, one process per core) or ff14SB, and prints every unit (residue, kind, atoms, \
            charge, energy, time) and E = Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb. --whole also \
            evaluates the whole molecule with the same engine. Same as `c4s run fragment --structure …`.
            """)

    @Argument(help: "A PDB file, or a molecule dataset id.")
    var structure: String

    @Option(help: "Unit engine: xtb (GFN2-xTB), mm (ff14SB) or ml (the committed ML unit potential).")
    var engine = "xtb"

    @Option(help: "Units evaluated at once (0 = all cores).")
    var threads = 0

    @Option(help: "Seconds one unit may take before its xtb process is killed.")
    var timeout = 600.0

    @Flag(help: "Also evaluate the whole molecule with the same engine and compare.")
    var whole = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Option(help: "Add the result to this HDF5 file (atomically).")
    var export: String?

    @Flag(help: "No progress lines.")
    var quiet = false

    func run() throws {
        var words = ["--structure", structure, "--engine", engine, "--threads", String(threads),
                     "--timeout", String(timeout), "--whole", String(whole)]
        if json { words.append("--json") }
        if quiet { words.append("--quiet") }
        if let export { words += ["--export", export] }
        try JobExecution.execute(jobID: "fragment", words: words, render: FragmentTable.text)
    }
}
