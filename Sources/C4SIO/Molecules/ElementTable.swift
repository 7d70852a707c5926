/// Atomic numbers and standard atomic masses (IUPAC, u) of the elements common in biomolecular systems, used to
/// tell an atom's element from the mass a topology file gives.
enum ElementTable {
    static let masses: [(symbol: String, number: Int, mass: Double)] = [
        ("H", 1, 1.008), ("C", 6, 12.011), ("N", 7, 14.007), ("O", 8, 15.999), ("F", 9, 18.998), ("Na", 11, 22.990),
        ("Mg", 12, 24.305), ("P", 15, 30.974), ("S", 16, 32.06), ("Cl", 17, 35.45), ("K", 19, 39.098), ("Ca", 20, 40.078),
        ("Fe", 26, 55.845), ("Zn", 30, 65.38), ("Br", 35, 79.904), ("I", 53, 126.904),
    ]

    /// The symbol of atomic number `number`, for the elements of this table.
    static func symbol(atomicNumber number: Int) -> String? {
        masses.first { $0.number == number }?.symbol
    }

    /// The element whose standard mass is within 0.1 u of `mass`, if any (hydrogen mass
    /// repartitioning or united atoms give no match).
    static func element(mass: Double) -> String? {
        masses.first { abs($0.mass - mass) < 0.1 }?.symbol
    }
}
