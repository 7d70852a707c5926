import C4SMolecules

/// The metrics and arrays of a `fragment` run.
public enum FragmentReport {
    /// Totals: assembled energy and its parts, unit and atom counts, times.
    static func metrics(_ result: AssembledEvaluation, fragmentation: ProteinFragmentation) -> [ResultMetric] {
        let units = fragmentation.units
        let added = zip(units, result.units).filter { $0.0.kind != .aceNme }.map(\.1.energy).reduce(0, +)
        let subtracted = zip(units, result.units).filter { $0.0.kind == .aceNme }.map(\.1.energy).reduce(0, +)
        return [
            ResultMetric("energy", result.energy, unit: "kcal/mol", summary: "assembled energy Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb"),
            ResultMetric("dipeptide_energy", added, unit: "kcal/mol", summary: "Σ E(dipeptide) (and cystine pairs)"),
            ResultMetric("ace_nme_energy", subtracted, unit: "kcal/mol", summary: "Σ E(ACE-NME), subtracted"),
            ResultMetric("mm_nonbonded_energy", result.couplingEnergy, unit: "kcal/mol", summary: "E_MM,nb: ff14SB LJ + Coulomb over pairs no unit holds"),
            ResultMetric("units", Double(units.count), unit: "1", summary: "protein units evaluated"),
            ResultMetric("atoms", Double(fragmentation.atomCount), unit: "1", summary: "atoms of the structure"),
            ResultMetric("evaluation_time", result.seconds, unit: "s", summary: "wall-clock time of one energy + forces evaluation"),
            ResultMetric("unit_time_sum", result.units.map(\.seconds).reduce(0, +), unit: "s", summary: "sum of the per-unit engine times"),
        ]
    }

    /// Assembled against whole-molecule results of the same engine.
    static func comparison(_ result: AssembledEvaluation, whole: UnitEvaluation) -> [ResultMetric] {
        let n = Double(result.forces.count)
        return [
            ResultMetric("whole_energy", whole.energy, unit: "kcal/mol", summary: "energy of the whole molecule, same engine"),
            ResultMetric("whole_time", whole.seconds, unit: "s", summary: "wall-clock time of the whole-molecule evaluation"),
            ResultMetric("energy_difference_per_atom", (result.energy - whole.energy) / n, unit: "kcal/mol/atom", summary: "(assembled − whole) / atoms"),
            ResultMetric("force_rmse", forceRMSE(result.forces, whole.forces), unit: "kcal/mol/Å", summary: "RMS of assembled − whole force components"),
        ]
    }

    /// Root mean square of the component differences of two force arrays in kcal/mol/Å.
    /// - Precondition: equal, non-zero lengths.
    static func forceRMSE(_ a: [SIMD3<Double>], _ b: [SIMD3<Double>]) -> Double {
        (zip(a, b).map { (($0 - $1) * ($0 - $1)).sum() }.reduce(0, +) / Double(3 * a.count)).squareRoot()
    }

    /// Per-unit energies, times, sizes, kinds, residues and charges, and the assembled forces.
    static func arrays(_ result: AssembledEvaluation, fragmentation: ProteinFragmentation) -> [ResultArray] {
        let units = fragmentation.units, n = units.count
        func ints(_ values: [Int]) -> ResultArray.Storage { .int64(values.map(Int64.init)) }
        return [
            ResultArray(name: "units/energy", shape: [n], storage: .float64(result.units.map(\.energy)), unit: "kcal/mol", summary: "energy of each unit", dimensionNames: ["unit"]),
            ResultArray(name: "units/time", shape: [n], storage: .float64(result.units.map(\.seconds)), unit: "s", summary: "engine wall-clock time of each unit (0 when cached)", dimensionNames: ["unit"]),
            ResultArray(name: "units/atoms", shape: [n], storage: ints(units.map(\.atomCount)), unit: "1", summary: "atoms of each unit, cap hydrogens included", dimensionNames: ["unit"]),
            ResultArray(name: "units/kind", shape: [n], storage: ints(units.map(\.kind.code)), unit: "1",
                        summary: "unit kind: 0 ACE-NME, 1-20 ACE-X-NME with X = " + AminoAcid.allCases.map(\.rawValue).joined(separator: ",") + ", 21 cystine pair", dimensionNames: ["unit"]),
            ResultArray(name: "units/residue", shape: [n], storage: ints(units.map { fragmentation.residueNumbers[$0.residues[0]] }), unit: "1",
                        summary: "residue number of the unit's (first) central residue", dimensionNames: ["unit"]),
            ResultArray(name: "units/charge", shape: [n], storage: ints(units.map(\.charge)), unit: "e", summary: "net charge of each unit", dimensionNames: ["unit"]),
            ResultArray(name: "forces", shape: [result.forces.count, 3], storage: .float64(result.forces.flatMap { [$0.x, $0.y, $0.z] }),
                        unit: "kcal/mol/Å", summary: "assembled force on each atom", dimensionNames: ["atom", "xyz"]),
        ]
    }

    /// A short label of a unit kind code (`ACE-TYR-NME`, `ACE-NME`), for tables.
    public static func kindLabel(code: Int) -> String {
        UnitKind(code: code)?.label ?? "kind \(code)"
    }
}
