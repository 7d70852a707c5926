/// Atomic numbers of the elements proteins are made of.
enum ChemicalElement {
    /// Atomic number of element symbol `symbol` (H, C, N, O, S, Se), or nil for any other.
    static func atomicNumber(_ symbol: String) -> Int? {
        switch symbol.uppercased() {
        case "H": 1
        case "C": 6
        case "N": 7
        case "O": 8
        case "S": 16
        case "SE": 34
        default: nil
        }
    }
}
