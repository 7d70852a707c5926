import Foundation

/// The outcome of a benchmark suite: one row per case with named numeric columns and units,
/// printable as a table and as JSON.
public struct BenchmarkReport: Sendable {
    /// One measured case.
    public struct Row: Sendable {
        /// Case labels (e.g. ["shape": "heat2d", "engine": "vectorized"]), in column order.
        public let labels: [(name: String, value: String)]
        /// Measurements (e.g. GStencil/s, ratio to baseline), in column order.
        public let values: [(name: String, value: Double, unit: String)]

        /// Creates a row.
        public init(labels: [(name: String, value: String)], values: [(name: String, value: Double, unit: String)]) {
            self.labels = labels
            self.values = values
        }
    }

    /// Suite id.
    public let suite: String
    /// The cases, in the order run.
    public let rows: [Row]
    /// Free-form notes (e.g. targets met or missed, the baseline used).
    public let notes: [String]

    /// Creates a report.
    public init(suite: String, rows: [Row], notes: [String] = []) {
        self.suite = suite
        self.rows = rows
        self.notes = notes
    }

    /// `rows` with the same value columns, in order of first appearance: a column a row lacks is NaN there
    /// (so cases with different measurements share one table).
    public static func uniformColumns(_ rows: [Row]) -> [Row] {
        var columns: [(name: String, unit: String)] = []
        for row in rows { for v in row.values where !columns.contains(where: { $0.name == v.name }) { columns.append((v.name, v.unit)) } }
        return rows.map { row in
            Row(labels: row.labels, values: columns.map { col in
                (col.name, row.values.first { $0.name == col.name }?.value ?? .nan, col.unit)
            })
        }
    }

    /// A plain-text table with a header of column names (units in brackets).
    public func table() -> String {
        guard let first = rows.first else { return "(no cases)" }
        let header = first.labels.map(\.name) + first.values.map { "\($0.name) [\($0.unit)]" }
        let body = rows.map { $0.labels.map(\.value) + $0.values.map { String(format: "%.4g", $0.value) } }
        let widths = header.indices.map { i in ([header[i]] + body.map { i < $0.count ? $0[i] : "" }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        return ([line(header)] + body.map(line) + notes.map { "note: \($0)" }).joined(separator: "\n")
    }

    /// JSON text: {"suite", "rows": [{labels..., "values": {name: {value, unit}}}], "notes"}.
    public func json(provenance: Provenance = .current()) throws -> String {
        let rowObjects: [[String: Any]] = rows.map { row in
            var o: [String: Any] = [:]
            for (n, v) in row.labels { o[n] = v }
            var values: [String: Any] = [:]
            for (n, v, u) in row.values { values[n] = ["value": v.isFinite ? v : NSNull(), "unit": u] as [String: Any] }
            o["values"] = values
            return o
        }
        let object: [String: Any] = [
            "suite": suite, "rows": rowObjects, "notes": notes,
            "provenance": provenance.jsonObject,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
