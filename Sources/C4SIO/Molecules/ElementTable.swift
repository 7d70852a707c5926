/// Standard atomic masses (IUPAC, u) of the elements common in biomolecular systems, used to
/// tell an atom's element from the mass a topology file gives.
enum ElementTable {
    static let masses: [(symbol: String, mass: Double)] = [
        ("H", 1.008), ("C", 12.011), ("N", 14.007), ("O", 15.999), ("F", 18.998), ("Na", 22.990),
        ("Mg", 24.305), ("P", 30.974), ("S", 32.06), ("Cl", 35.45), ("K", 39.098), ("Ca", 40.078),
        ("Fe", 55.845), ("Zn", 65.38), ("Br", 79.904), ("I", 126.904),
    ]

    /// The element whose standard mass is within 0.1 u of `mass`, if any (hydrogen mass
    /// repartitioning or united atoms give no match).
    static func element(mass: Double) -> String? {
        masses.first { abs($0.mass - mass) < 0.1 }?.symbol
    }
}
