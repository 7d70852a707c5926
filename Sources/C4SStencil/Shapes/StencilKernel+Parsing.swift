import Foundation

extension StencilKernel {
    /// Reads user weights from text.
    ///
    /// Two forms: JSON nested arrays (`[0.25, 0.5, 0.25]`, `[[...], ...]`, `[[[...]]]`; nesting depth = rank),
    /// or plain numbers separated by spaces or commas, one kernel row per line, 3-D planes separated by a
    /// blank line (one line = 1-D, one block of lines = 2-D). Lines starting with `#` are comments.
    /// - Throws: `StencilError.unreadableWeights`, `.notSquare`, `.evenSide` or `.nonFiniteWeight`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StencilError.unreadableWeights("the text is empty") }
        let planes = trimmed.hasPrefix("[") ? try Self.jsonPlanes(trimmed) : try Self.textPlanes(trimmed)
        try self.init(planes: planes.values, rank: planes.rank)
    }

    /// Reads user weights from a text or JSON file (format of `init(parsing:)`).
    /// - Throws: `StencilError.unreadableWeights` naming the file when it cannot be read, or a parsing error.
    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw StencilError.unreadableWeights("file \(url.path) cannot be read (\(error.localizedDescription))")
        }
        try self.init(parsing: text)
    }

    private init(planes: [[[Double]]], rank: Int) throws {
        let side = planes[0].count
        if rank == 1 {
            let row = planes[0][0]
            try self.init(rank: 1, side: row.count, weights: row)
            return
        }
        if rank == 3, planes.count != side {
            throw StencilError.notSquare("\(planes.count) planes of \(side) rows")
        }
        for (p, plane) in planes.enumerated() {
            guard plane.count == side else { throw StencilError.notSquare("plane \(p + 1) has \(plane.count) rows, plane 1 has \(side)") }
            for (r, row) in plane.enumerated() where row.count != side {
                throw StencilError.notSquare("row \(r + 1) of plane \(p + 1) has \(row.count) weights for \(side) rows")
            }
        }
        try self.init(rank: rank, side: side, weights: planes.flatMap { $0.flatMap { $0 } })
    }

    private static func textPlanes(_ text: String) throws -> (values: [[[Double]]], rank: Int) {
        var planes: [[[Double]]] = [[]]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            if line.isEmpty {
                if !(planes.last?.isEmpty ?? true) { planes.append([]) }
                continue
            }
            let row = try line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { word -> Double in
                guard let v = Double(word) else { throw StencilError.unreadableWeights("'\(word)' is not a number") }
                return v
            }
            planes[planes.count - 1].append(row)
        }
        planes.removeAll { $0.isEmpty }
        guard !planes.isEmpty else { throw StencilError.unreadableWeights("no numbers found") }
        let rank = planes.count > 1 ? 3 : (planes[0].count > 1 ? 2 : 1)
        return (planes, rank)
    }

    private static func jsonPlanes(_ text: String) throws -> (values: [[[Double]]], rank: Int) {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) } catch {
            throw StencilError.unreadableWeights("invalid JSON (\(error.localizedDescription))")
        }
        func numbers(_ any: Any) throws -> [Double] {
            guard let list = any as? [Any] else { throw StencilError.unreadableWeights("expected a list of numbers") }
            return try list.map { item in
                guard let n = item as? NSNumber, !(item is [Any]) else {
                    throw StencilError.unreadableWeights("expected numbers, found \(item)")
                }
                return n.doubleValue
            }
        }
        guard let top = object as? [Any], let first = top.first else {
            throw StencilError.unreadableWeights("expected a non-empty JSON list")
        }
        guard let second = first as? [Any] else { return ([[try numbers(top)]], 1) }
        if second.first is [Any] {
            return (try top.map { plane in
                guard let rows = plane as? [Any] else { throw StencilError.unreadableWeights("expected a list of rows") }
                return try rows.map(numbers)
            }, 3)
        }
        return ([try top.map(numbers)], 2)
    }
}
