import Foundation

/// The covalent graph of a unit and the bonds whose dihedral a conformation generator may turn.
struct UnitTopology: Sendable {
    /// A bond a → b and the atoms on b's side, which a rotation about the bond moves.
    struct RotatableBond: Sendable, Equatable {
        /// The fixed end of the axis.
        let a: Int
        /// The moving end of the axis.
        let b: Int
        /// The atoms on b's side of the bond (b excluded): the smaller of the two sides.
        let moving: [Int]
        /// True for bonds with partial double-bond character (both ends sp² C or N with three
        /// neighbours: peptide and side-chain amide C–N, guanidinium): turned by small angles only.
        let stiff: Bool
    }

    /// Bonded neighbours of each atom, ascending.
    let neighbours: [[Int]]
    /// Every bond between two heavy atoms that lies in no ring and has further atoms on both
    /// sides (φ, ψ, χ, methyl and amide rotations), in ascending order of (a, b) before orienting.
    let rotatable: [RotatableBond]

    /// The graph of `bonds` over atoms with element symbols `elements`.
    /// - Precondition: bond indices in range.
    init(bonds: [(Int, Int)], elements: [String]) {
        var sets = [Set<Int>](repeating: [], count: elements.count)
        for (a, b) in bonds {
            sets[a].insert(b)
            sets[b].insert(a)
        }
        let neighbours = sets.map { $0.sorted() }
        self.neighbours = neighbours
        var rotatable: [RotatableBond] = []
        let heavy = elements.map { $0 != "H" }
        for (a, b) in bonds.map({ ($0 < $1 ? ($0, $1) : ($1, $0)) }).sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) })
        where heavy[a] && heavy[b] && neighbours[a].count > 1 && neighbours[b].count > 1 {
            let sideOfB = Self.side(from: b, without: a, neighbours: neighbours)
            guard !sideOfB.contains(a) else { continue }  // in a ring
            let sideOfA = Self.side(from: a, without: b, neighbours: neighbours)
            let planar = { (i: Int) in (elements[i] == "C" || elements[i] == "N") && neighbours[i].count == 3 }
            let stiff = planar(a) && planar(b)
            rotatable.append(sideOfB.count <= sideOfA.count
                             ? RotatableBond(a: a, b: b, moving: sideOfB.filter { $0 != b }.sorted(), stiff: stiff)
                             : RotatableBond(a: b, b: a, moving: sideOfA.filter { $0 != a }.sorted(), stiff: stiff))
        }
        self.rotatable = rotatable
    }

    /// The atoms reachable from `start` without crossing the bond to `excluded` (start included).
    private static func side(from start: Int, without excluded: Int, neighbours: [[Int]]) -> Set<Int> {
        var seen: Set<Int> = [start], stack = [start]
        while let i = stack.popLast() {
            for j in neighbours[i] where !(i == start && j == excluded) && !seen.contains(j) {
                seen.insert(j)
                stack.append(j)
            }
        }
        return seen
    }

    /// `positions` with the atoms `bond.moving` turned by `angle` radians about the axis from
    /// `bond.a` to `bond.b` (Rodrigues' formula): a rigid rotation of one side, so every distance
    /// within each side, and every bond length, is unchanged.
    static func rotated(_ positions: [SIMD3<Double>], about bond: RotatableBond, by angle: Double) -> [SIMD3<Double>] {
        var result = positions
        let origin = positions[bond.b], axis = positions[bond.b] - positions[bond.a]
        let k = axis / (axis * axis).sum().squareRoot()
        let c = cos(angle), s = sin(angle)
        for i in bond.moving {
            let v = positions[i] - origin
            let cross = SIMD3(k.y * v.z - k.z * v.y, k.z * v.x - k.x * v.z, k.x * v.y - k.y * v.x)
            result[i] = origin + v * c + cross * s + k * ((k * v).sum() * (1 - c))
        }
        return result
    }

    /// True when two atoms are closer than 0.7 Å (a hydrogen involved) or 1.0 Å (two heavy atoms).
    static func hasClash(_ positions: [SIMD3<Double>], elements: [String]) -> Bool {
        for i in positions.indices {
            for j in (i + 1)..<positions.count {
                let d = positions[i] - positions[j]
                let limit = elements[i] == "H" || elements[j] == "H" ? 0.7 : 1.0
                if (d * d).sum() < limit * limit { return true }
            }
        }
        return false
    }
}
