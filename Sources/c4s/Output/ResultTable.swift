import C4SWorkbench
import Foundation

/// The human-readable summary of a result: metrics with units, then throughput.
enum ResultTable {
    /// The text, one metric per line.
    static func text(_ r: JobResult) -> String {
        var lines = ["\(r.title)  (\(r.parameters.invocation(jobID: r.jobID)))"]
        let width = max(10, r.metrics.map(\.name.count).max() ?? 0)
        for m in r.metrics {
            lines.append("  \(m.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                         + "\(String(format: "%14.6g", m.value)) \(m.unit.padding(toLength: max(8, m.unit.count), withPad: " ", startingAt: 0))  \(m.summary)")
        }
        let t = r.throughput
        if t.peak > 0 {
            lines.append(String(format: "  throughput  mean %.3f, peak %.3f %@ over %d samples",
                                t.mean, t.peak, t.label, r.samples.filter { $0.workUnits > 0 }.count))
        }
        return lines.joined(separator: "\n")
    }
}
