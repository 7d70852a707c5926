import C4SWorkbench
import Foundation

/// Prints one progress line per job sample on stderr: elapsed time, label, throughput and bandwidth.
struct ProgressPrinter: Sendable {
    let unit: WorkUnit
    let enabled: Bool

    /// Writes the line for one sample (nothing when disabled).
    func print(_ s: JobSample) {
        guard enabled else { return }
        var line = String(format: "[%8.3f s] ", s.elapsed)
        if let label = s.label { line += label.padding(toLength: 18, withPad: " ", startingAt: 0) + " " }
        if s.workUnits > 0 { line += String(format: "%10.3f %@", s.workRate / unit.scale, unit.throughputLabel) }
        if s.bytes > 0 && unit != .bytes { line += String(format: "  %8.2f GB/s", s.byteRate / 1e9) }
        for key in s.observations.keys.sorted() { line += String(format: "  %@ %.6g", key, s.observations[key]!) }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
