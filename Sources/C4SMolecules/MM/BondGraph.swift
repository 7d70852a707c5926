/// The bonded neighbours of every atom, and the angles, torsions and non-bonded exclusions they
/// imply, enumerated exactly as OpenMM's `ForceField.createSystem` does (same sets, same order).
struct BondGraph {
    /// Bonded neighbours of each atom, ascending.
    let neighbours: [[Int]]

    /// Creates the graph of `atomCount` atoms. - Precondition: bond indices are in range, no self bonds.
    init(atomCount: Int, bonds: [(Int, Int)]) {
        var sets = [Set<Int>](repeating: [], count: atomCount)
        for (a, b) in bonds {
            precondition(a != b && sets.indices.contains(a) && sets.indices.contains(b), "BondGraph: invalid bond \(a)-\(b)")
            sets[a].insert(b)
            sets[b].insert(a)
        }
        neighbours = sets.map { $0.sorted() }
    }

    /// Every angle a–b–c (b the vertex, a < c), sorted.
    func angles() -> [[Int]] {
        var unique = Set<[Int]>()
        for (b, bonded) in neighbours.enumerated() {
            for a in bonded {
                for c in bonded where c > a { unique.insert([a, b, c]) }
            }
        }
        return unique.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Every proper torsion a–b–c–d along three bonds, written with a < d, sorted.
    func propers(angles: [[Int]]) -> [[Int]] {
        var unique = Set<[Int]>()
        for angle in angles {
            for atom in neighbours[angle[0]] where !angle.contains(atom) {
                unique.insert(atom < angle[2] ? [atom, angle[0], angle[1], angle[2]] : [angle[2], angle[1], angle[0], atom])
            }
            for atom in neighbours[angle[2]] where !angle.contains(atom) {
                unique.insert(atom > angle[0] ? [angle[0], angle[1], angle[2], atom] : [atom, angle[2], angle[1], angle[0]])
            }
        }
        return unique.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Improper candidates: for each atom with three or more neighbours, the atom followed by each
    /// combination of three of its (ascending) neighbours, in combination order.
    func improperCandidates() -> [[Int]] {
        var result: [[Int]] = []
        for (center, bonded) in neighbours.enumerated() where bonded.count > 2 {
            for x in 0..<bonded.count {
                for y in (x + 1)..<bonded.count {
                    for z in (y + 1)..<bonded.count { result.append([center, bonded[x], bonded[y], bonded[z]]) }
                }
            }
        }
        return result
    }

    /// Non-bonded exceptions: for each atom i, the atoms j > i within three bonds (ascending; these
    /// are left out of the plain pair sum), and the 1-4 pairs (exactly three bonds apart, not fewer),
    /// which get scaled interactions.
    func exceptions() -> (excluded: [[Int]], pairs14: [(Int, Int)]) {
        var excluded: [[Int]] = []
        var pairs14: [(Int, Int)] = []
        for i in neighbours.indices {
            var distance: [Int: Int] = [i: 0]
            var frontier = [i]
            for depth in 1...3 {
                var next: [Int] = []
                for a in frontier {
                    for b in neighbours[a] where distance[b] == nil {
                        distance[b] = depth
                        next.append(b)
                    }
                }
                frontier = next
            }
            excluded.append(distance.keys.filter { $0 > i }.sorted())
            pairs14 += distance.filter { $0.key > i && $0.value == 3 }.keys.sorted().map { (i, $0) }
        }
        return (excluded, pairs14)
    }
}
