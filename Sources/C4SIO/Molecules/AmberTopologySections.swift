/// The `%FLAG` sections of an AMBER prmtop (format of AMBER 7 and later): each flag's Fortran
/// `%FORMAT` (e.g. `(10I8)`, `(20a4)`, `(5E16.8)`) and its data lines, read as fixed-width fields.
struct AmberTopologySections {
    private var sections: [String: (width: Int, lines: [Substring], firstLine: Int)] = [:]
    let file: String

    /// Splits `lines` into sections. - Throws: `MolecularFileError` for a `%FORMAT` it cannot read.
    init(lines: [Substring], file: String) throws {
        self.file = file
        var flag: String?
        var width = 0
        var start = 0
        var data: [Substring] = []
        func close() { if let flag { sections[flag] = (width, data, start) } }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("%FLAG") {
                close()
                flag = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
                data = []
            } else if line.hasPrefix("%FORMAT") {
                guard let w = Self.fieldWidth(line) else {
                    throw MolecularFileError(file: file, line: index + 1, message: "cannot read `\(line.trimmingCharacters(in: .whitespaces))`; expected e.g. %FORMAT(10I8), %FORMAT(20a4) or %FORMAT(5E16.8)")
                }
                width = w
                start = index + 2
            } else if !line.hasPrefix("%") {
                data.append(line)
            }
        }
        close()
    }

    /// The field width of a `%FORMAT(nXw[.d])` line.
    private static func fieldWidth(_ line: Substring) -> Int? {
        guard let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") else { return nil }
        let spec = line[line.index(after: open)..<close].drop { $0.isNumber }.dropFirst()
        return Int(spec.prefix { $0.isNumber })
    }

    /// The fields of section `flag` (nil when absent), trailing blanks removed.
    func strings(_ flag: String) -> [String]? {
        guard let section = sections[flag] else { return nil }
        var out: [String] = []
        for line in section.lines {
            let chars = Array(line)
            var i = 0
            while i < chars.count {
                let field = String(chars[i..<min(i + section.width, chars.count)]).trimmingCharacters(in: .whitespaces)
                if !field.isEmpty || i + section.width <= chars.count { out.append(field) }
                i += section.width
            }
        }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// Section `flag` as `count` or more integers. - Throws: `MolecularFileError` when absent or short.
    func integers(_ flag: String, atLeast count: Int) throws -> [Int] {
        try numbers(flag, atLeast: count, Int.init)
    }

    /// Section `flag` as `count` or more reals. - Throws: `MolecularFileError` when absent or short.
    func reals(_ flag: String, atLeast count: Int) throws -> [Double] {
        try numbers(flag, atLeast: count) { Double($0.replacingOccurrences(of: "D", with: "E")) }
    }

    /// Section `flag` as `count` or more strings. - Throws: `MolecularFileError` when absent or short.
    func names(_ flag: String, atLeast count: Int) throws -> [String] {
        let values = try require(flag)
        guard values.count >= count else { throw short(flag, values.count, count) }
        return values
    }

    private func require(_ flag: String) throws -> [String] {
        guard let values = strings(flag) else {
            throw MolecularFileError(file: file, line: nil, message: "no %FLAG \(flag) section; a prmtop needs POINTERS, ATOM_NAME, CHARGE, MASS, RESIDUE_LABEL, RESIDUE_POINTER")
        }
        return values
    }

    private func short(_ flag: String, _ found: Int, _ needed: Int) -> MolecularFileError {
        MolecularFileError(file: file, line: sections[flag]?.firstLine, message: "%FLAG \(flag) holds \(found) values, \(needed) needed")
    }

    private func numbers<T>(_ flag: String, atLeast count: Int, _ parse: (String) -> T?) throws -> [T] {
        let values = try require(flag)
        var out: [T] = []
        out.reserveCapacity(values.count)
        for (i, text) in values.enumerated() {
            guard let v = parse(text) else {
                throw MolecularFileError(file: file, line: sections[flag]?.firstLine, message: "%FLAG \(flag) value \(i + 1) `\(text)` is not a number")
            }
            out.append(v)
        }
        guard out.count >= count else { throw short(flag, out.count, count) }
        return out
    }
}
