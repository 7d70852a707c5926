/// Builds force-field parameters from the elements of an OpenMM ForceField XML file, converting nm
/// to Å and kJ/mol to kcal/mol. Definitions naming an atom type or class the file does not define
/// are skipped, as OpenMM does.
struct ForceFieldXMLReader {
    static let kilojoulePerKilocalorie = 4.184
    static let angstromPerNanometre = 10.0

    let file: String
    var atomTypes: [String: AtomType] = [:]
    var templates: [String: ResidueTemplate] = [:]
    var bondTypes: [BondType] = []
    var angleTypes: [AngleType] = []
    var properTorsions: [TorsionType] = []
    var improperTorsions: [TorsionType] = []
    var improperOrdering = ImproperOrdering.default
    var coulomb14Scale = 1.0
    var lennardJones14Scale = 1.0
    var lennardJones: [String: LennardJonesType] = [:]
    var typeCharges: [String: Double] = [:]
    var chargesFromResidues = false
    private var classes: [String: Set<String>] = [:]

    init(file: String) {
        self.file = file
    }

    /// Reads every element: atom types first (definitions refer to them), then the rest in order.
    mutating func read(_ elements: [XMLElementRecord]) throws {
        for e in elements where e.name == "Type" && e.parent == "AtomTypes" {
            try readAtomType(e)
        }
        var residue: (name: String, atoms: [ResidueTemplate.Atom], bonds: [(String, String, Int)], external: [(String, Int)])?
        func finishResidue() throws {
            guard let r = residue else { return }
            templates[r.name] = try makeTemplate(r.name, atoms: r.atoms, bonds: r.bonds, external: r.external)
            residue = nil
        }
        for e in elements {
            if e.parent != "Residue" { try finishResidue() }
            switch (e.parent, e.name) {
            case ("Residues", "Residue"):
                residue = (try string("name", e), [], [], [])
            case ("Residue", "Atom"):
                residue?.atoms.append(.init(name: try string("name", e), type: try string("type", e),
                                            charge: e.attributes["charge"].flatMap(Double.init) ?? 0))
            case ("Residue", "Bond"):
                residue?.bonds.append((try string("atomName1", e), try string("atomName2", e), e.line))
            case ("Residue", "ExternalBond"):
                residue?.external.append((try string("atomName", e), e.line))
            case ("Residue", let other):
                throw ForceFieldError("\(file) line \(e.line): residue templates with <\(other)> are not supported (Atom, Bond, ExternalBond are)")
            case ("HarmonicBondForce", "Bond"):
                if let types = try patterns(e, count: 2) {
                    bondTypes.append(BondType(types: types, length: try number("length", e) * Self.angstromPerNanometre,
                                              k: try number("k", e) / Self.kilojoulePerKilocalorie / 100))
                }
            case ("HarmonicAngleForce", "Angle"):
                if let types = try patterns(e, count: 3) {
                    angleTypes.append(AngleType(types: types, angle: try number("angle", e), k: try number("k", e) / Self.kilojoulePerKilocalorie))
                }
            case ("ForceField", "PeriodicTorsionForce"):
                let ordering = e.attributes["ordering"] ?? "default"
                guard let known = ImproperOrdering(rawValue: ordering) else {
                    throw ForceFieldError("\(file) line \(e.line): improper ordering \"\(ordering)\" is not supported (default, amber)")
                }
                improperOrdering = known
            case ("PeriodicTorsionForce", "Proper"):
                if let torsion = try torsion(e) { properTorsions.append(torsion) }
            case ("PeriodicTorsionForce", "Improper"):
                if let torsion = try torsion(e) { improperTorsions.append(torsion) }
            case ("ForceField", "NonbondedForce"):
                coulomb14Scale = try number("coulomb14scale", e)
                lennardJones14Scale = try number("lj14scale", e)
            case ("NonbondedForce", "UseAttributeFromResidue"):
                chargesFromResidues = chargesFromResidues || e.attributes["name"] == "charge"
            case ("NonbondedForce", "Atom"):
                try readNonbondedAtom(e)
            default:
                break
            }
        }
        try finishResidue()
    }

    private mutating func readAtomType(_ e: XMLElementRecord) throws {
        let name = try string("name", e)
        guard atomTypes[name] == nil else { throw ForceFieldError("\(file) line \(e.line): atom type \(name) is defined twice") }
        let atomClass = try string("class", e)
        atomTypes[name] = AtomType(name: name, atomClass: atomClass, element: e.attributes["element"] ?? "", mass: try number("mass", e))
        classes[atomClass, default: []].insert(name)
    }

    private mutating func readNonbondedAtom(_ e: XMLElementRecord) throws {
        guard let pattern = try patterns(e, count: 1)?[0], case .types(let names) = pattern else { return }
        let lj = LennardJonesType(sigma: try number("sigma", e) * Self.angstromPerNanometre,
                                  epsilon: try number("epsilon", e) / Self.kilojoulePerKilocalorie)
        for name in names {
            lennardJones[name] = lj
            if let charge = e.attributes["charge"].flatMap(Double.init) { typeCharges[name] = charge }
        }
    }

    private func makeTemplate(_ name: String, atoms: [ResidueTemplate.Atom], bonds: [(String, String, Int)],
                              external: [(String, Int)]) throws -> ResidueTemplate {
        let template = ResidueTemplate(name: name, atoms: atoms, bonds: [], externalBonds: [])
        func index(_ atom: String, _ line: Int) throws -> Int {
            guard let i = template.atomIndex(named: atom) else {
                throw ForceFieldError("\(file) line \(line): residue template \(name) has no atom \(atom) (atoms: \(atoms.map(\.name).joined(separator: " ")))")
            }
            return i
        }
        for atom in atoms where atomTypes[atom.type] == nil {
            throw ForceFieldError("\(file): residue template \(name) atom \(atom.name) has undefined type \(atom.type)")
        }
        return ResidueTemplate(name: name, atoms: atoms,
                               bonds: try bonds.map { (try index($0.0, $0.2), try index($0.1, $0.2)) },
                               externalBonds: try external.map { try index($0.0, $0.1) })
    }

    private func torsion(_ e: XMLElementRecord) throws -> TorsionType? {
        guard let types = try patterns(e, count: 4) else { return nil }
        var terms: [TorsionTerm] = []
        var n = 1
        while e.attributes["phase\(n)"] != nil {
            terms.append(TorsionTerm(periodicity: Int(try number("periodicity\(n)", e)), phase: try number("phase\(n)", e),
                                     k: try number("k\(n)", e) / Self.kilojoulePerKilocalorie))
            n += 1
        }
        return TorsionType(types: types, terms: terms)
    }

    /// The type patterns of `typeN`/`classN` attributes (`type`/`class` when `count` is 1); nil when
    /// one names an unknown type or class (the definition cannot apply).
    private func patterns(_ e: XMLElementRecord, count: Int) throws -> [AtomTypePattern]? {
        var result: [AtomTypePattern] = []
        for i in 1...count {
            let suffix = count == 1 ? "" : String(i)
            if let atomClass = e.attributes["class" + suffix] {
                if e.attributes["type" + suffix] != nil {
                    throw ForceFieldError("\(file) line \(e.line): <\(e.name)> gives both type\(suffix) and class\(suffix)")
                }
                if atomClass.isEmpty { result.append(.any) } else if let names = classes[atomClass] { result.append(.types(names)) } else { return nil }
            } else if let type = e.attributes["type" + suffix] {
                if type.isEmpty { result.append(.any) } else if atomTypes[type] != nil { result.append(.types([type])) } else { return nil }
            } else {
                throw ForceFieldError("\(file) line \(e.line): <\(e.name)> needs type\(suffix) or class\(suffix)")
            }
        }
        return result
    }

    private func string(_ name: String, _ e: XMLElementRecord) throws -> String {
        guard let value = e.attributes[name] else {
            throw ForceFieldError("\(file) line \(e.line): <\(e.name)> needs the attribute \(name)")
        }
        return value
    }

    private func number(_ name: String, _ e: XMLElementRecord) throws -> Double {
        let text = try string(name, e)
        guard let value = Double(text), value.isFinite else {
            throw ForceFieldError("\(file) line \(e.line): <\(e.name)> attribute \(name)=\"\(text)\" is not a number")
        }
        return value
    }
}
