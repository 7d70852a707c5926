import C4SWorkbench
import Foundation

/// The units of a `fragment` result, one line each, followed by the assembled totals.
enum FragmentTable {
    /// The text: a header, a line per unit (index, residue, kind, atoms, charge, energy, time),
    /// then the job's metrics.
    static func text(_ r: JobResult) -> String {
        guard case .float64(let energy)? = array(r, "units/energy"), case .float64(let time)? = array(r, "units/time"),
              case .int64(let atoms)? = array(r, "units/atoms"), case .int64(let kind)? = array(r, "units/kind"),
              case .int64(let residue)? = array(r, "units/residue"), case .int64(let charge)? = array(r, "units/charge")
        else { return ResultTable.text(r) }
        var lines = ["unit  residue  kind             atoms  charge   energy (kcal/mol)   time (s)"]
        for k in energy.indices {
            let label = FragmentReport.kindLabel(code: Int(kind[k])).padding(toLength: 15, withPad: " ", startingAt: 0)
            lines.append(String(format: "%4d  %7d  ", k, residue[k]) + label
                         + String(format: "  %5d  %+6d  %18.6f  %9.3f", atoms[k], charge[k], energy[k], time[k]))
        }
        return (lines + [ResultTable.text(r)]).joined(separator: "\n")
    }

    private static func array(_ r: JobResult, _ name: String) -> ResultArray.Storage? {
        r.arrays.first { $0.name == name }?.storage
    }
}
