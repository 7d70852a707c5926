/// Scale factors from the `unit` attributes of H5MD files to the workbench's units (Å, ps).
enum H5MDUnits {
    /// Å per unit of length; nil for a unit this reader does not know.
    static func angstroms(per unit: String) -> Double? {
        switch unit {
        case "Angstrom", "angstrom", "A", "Å": 1
        case "nm": 10
        case "pm": 0.01
        case "fm": 1e-5
        default: nil
        }
    }

    /// ps per unit of time; nil for a unit this reader does not know.
    static func picoseconds(per unit: String) -> Double? {
        switch unit {
        case "ps": 1
        case "fs": 1e-3
        case "ns": 1e3
        case "AKMA": DCDHeader.picosecondsPerAKMA
        default: nil
        }
    }
}
