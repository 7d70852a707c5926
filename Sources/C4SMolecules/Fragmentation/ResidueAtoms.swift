import C4SIO

/// The atoms of one residue by name, for looking up the backbone atoms the fragmentation cuts at.
struct ResidueAtoms {
    /// The residue's span in the structure.
    let span: ResidueSpan
    /// Structure index of each atom name.
    let index: [String: Int]

    /// Indexes the atoms of `span`; throws when a name occurs twice.
    init(_ span: ResidueSpan, atoms: [AtomRecord]) throws(FragmentationError) {
        self.span = span
        var index: [String: Int] = [:]
        for i in span.atoms {
            if index.updateValue(i, forKey: atoms[i].name) != nil {
                throw .missingAtoms(residue: Self.describe(span), detail: "atom name \(atoms[i].name) occurs twice")
            }
        }
        self.index = index
    }

    /// The residue as an error message names it: `TYR 2` or `TYR 2 (chain A)`.
    var description: String { Self.describe(span) }

    /// Structure index of atom `name`; throws naming the residue when it is absent.
    func require(_ name: String) throws(FragmentationError) -> Int {
        guard let i = index[name] else {
            throw .missingAtoms(residue: description, detail: "atom \(name) is missing")
        }
        return i
    }

    /// Structure indices of the α hydrogens: `HA`, or `HA2` and `HA3` for glycine.
    func alphaHydrogens() throws(FragmentationError) -> [Int] {
        if let ha = index["HA"] { return [ha] }
        return [try require("HA2"), try require("HA3")]
    }

    static func describe(_ span: ResidueSpan) -> String {
        span.chain.isEmpty ? "\(span.name) \(span.number)" : "\(span.name) \(span.number) (chain \(span.chain))"
    }
}
