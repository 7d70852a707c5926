import Foundation

/// Readers of the `energy` and `gradient` files xtb writes in Turbomole format.
enum TurbomoleResults {
    /// The last SCF energy in hartree from an `energy` file (`$energy`, then lines `cycle E …`).
    static func energy(_ text: String) throws(TurbomoleFormatError) -> Double {
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("$") }
        guard let fields = lines.last?.split(separator: " "), fields.count >= 2, let e = Double(fields[1]) else {
            throw TurbomoleFormatError(file: "energy", detail: "no line 'cycle energy …' after $energy")
        }
        return e
    }

    /// The gradient in hartree/bohr of `atoms` atoms from a `gradient` file: `$grad`, a cycle line,
    /// `atoms` coordinate lines, `atoms` gradient lines (Fortran D exponents accepted), `$end`.
    static func gradient(_ text: String, atoms: Int) throws(TurbomoleFormatError) -> [SIMD3<Double>] {
        let lines = text.split(separator: "\n")
        guard let start = lines.lastIndex(where: { $0.contains("cycle =") }), lines.count >= start + 1 + 2 * atoms else {
            throw TurbomoleFormatError(file: "gradient", detail: "expected a cycle line and \(2 * atoms) lines for \(atoms) atoms")
        }
        var gradient: [SIMD3<Double>] = []
        gradient.reserveCapacity(atoms)
        for line in lines[(start + 1 + atoms)..<(start + 1 + 2 * atoms)] {
            let values = line.replacingOccurrences(of: "D", with: "E").split(separator: " ").compactMap { Double($0) }
            guard values.count == 3 else {
                throw TurbomoleFormatError(file: "gradient", detail: "gradient line '\(line)' does not hold three numbers")
            }
            gradient.append(SIMD3(values[0], values[1], values[2]))
        }
        return gradient
    }
}

/// A Turbomole-format file that does not hold what it should.
struct TurbomoleFormatError: Error {
    /// Which file (`energy`, `gradient`).
    let file: String
    /// What was wrong.
    let detail: String
}
