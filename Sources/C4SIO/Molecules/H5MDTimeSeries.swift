/// One time-dependent H5MD element: a group holding `step` (int64), `time` (float64, ps) and
/// `value` (float64, frames × `valueShape`, with a `unit` attribute), all growing by frame.
struct H5MDTimeSeries {
    let step: HDF5AppendableDataset<Int64>
    let time: HDF5AppendableDataset<Double>
    let value: HDF5AppendableDataset<Double>

    /// Creates the element's group `name` under `parent`; chunks of about 1 MiB of values.
    init(_ name: String, in parent: HDF5Group, valueShape: [Int], unit: String) throws {
        let group = try parent.createGroup(name)
        let perFrame = valueShape.reduce(1, *)
        let chunkRows = max(1, min(1024, (1 << 20) / (8 * perFrame)))
        step = try group.createAppendableDataset("step", rowShape: [], chunkRows: chunkRows, as: Int64.self)
        time = try group.createAppendableDataset("time", rowShape: [], chunkRows: chunkRows, as: Double.self)
        try time.setAttribute("unit", .string("ps"))
        value = try group.createAppendableDataset("value", rowShape: valueShape, chunkRows: chunkRows, as: Double.self)
        try value.setAttribute("unit", .string(unit))
    }

    /// Appends frames: their steps, times (ps) and values (row-major, frames × value shape).
    func append(steps: [Int], times: [Double], values: [Double]) throws {
        try step.append(steps.map(Int64.init))
        try time.append(times)
        try value.append(values)
    }
}
