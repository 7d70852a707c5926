import C4SMolecules

/// The metrics and arrays of an ML unit potential's accuracy (`MLAccuracy`) in a job result.
enum UnitPotentialReport {
    /// The targets: energy MAE per unit (kcal/mol) and force MAE (kcal/mol/Å).
    static let energyTarget = 0.5
    static let forceTarget = 1.5

    /// Overall energy and force errors, with the targets.
    static func metrics(_ accuracy: MLAccuracy) -> [ResultMetric] {
        let o = accuracy.overall
        return [
            ResultMetric("test_energy_mae", o.energyMAE, unit: "kcal/mol", summary: "test split: mean |E_ML − E_ref| per unit conformation (target ≤ \(energyTarget))"),
            ResultMetric("test_force_mae", o.forceMAE, unit: "kcal/mol/Å", summary: "test split: mean |F_ML − F_ref| per component (target ≤ \(forceTarget))"),
            ResultMetric("test_force_rmse", o.forceRMSE, unit: "kcal/mol/Å", summary: "test split: RMS force component error"),
            ResultMetric("test_conformations", Double(o.conformations), unit: "1", summary: "test conformations, all unit kinds"),
            ResultMetric("worst_kind_energy_mae", accuracy.kinds.map(\.energyMAE).max() ?? .nan, unit: "kcal/mol", summary: "largest per-kind test energy MAE"),
            ResultMetric("worst_kind_force_mae", accuracy.kinds.map(\.forceMAE).max() ?? .nan, unit: "kcal/mol/Å", summary: "largest per-kind test force MAE"),
        ]
    }

    /// Per-kind errors (kinds in the data set's order; their labels are in the summary).
    static func arrays(_ accuracy: MLAccuracy) -> [ResultArray] {
        let k = accuracy.kinds, labels = k.map(\.label).joined(separator: ", ")
        return [
            ResultArray(name: "test/energy_mae", shape: [k.count], storage: .float64(k.map(\.energyMAE)), unit: "kcal/mol",
                        summary: "test energy MAE per unit kind (\(labels))", dimensionNames: ["kind"]),
            ResultArray(name: "test/force_mae", shape: [k.count], storage: .float64(k.map(\.forceMAE)), unit: "kcal/mol/Å",
                        summary: "test force MAE per unit kind (\(labels))", dimensionNames: ["kind"]),
            ResultArray(name: "test/conformations", shape: [k.count], storage: .int64(k.map { Int64($0.conformations) }), unit: "1",
                        summary: "test conformations per unit kind (\(labels))", dimensionNames: ["kind"]),
        ]
    }
}
