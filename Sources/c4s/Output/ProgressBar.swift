import C4SWorkbench
import Foundation

/// A one-line progress bar on stderr for jobs whose samples report `step` and `steps`
/// observations: percentage, rate, elapsed time, ETA and the sample's other observations.
/// Redrawn in place on a terminal; one line per sample otherwise (logs, pipes).
struct ProgressBar: Sendable {
    /// Whether to print at all.
    let enabled: Bool
    /// Whether stderr is a terminal (redraw in place).
    let inPlace = isatty(STDERR_FILENO) == 1
    /// Observation names shown after the ETA, with their units.
    let shown: [(name: String, label: String, unit: String)]
    /// What `step` counts, for the rate (e.g. `steps`, `conformations`).
    var counted = "steps"

    /// Draws the bar for one sample.
    func update(_ sample: JobSample) {
        guard enabled, let step = sample.observations["step"], let steps = sample.observations["steps"], steps > 0 else { return }
        let fraction = min(max(step / steps, 0), 1), width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let rate = sample.elapsed > 0 ? step / sample.elapsed : 0
        let eta = rate > 0 ? (steps - step) / rate : .infinity
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        line += String(format: " %5.1f%% %.0f/%.0f  %.3g %@/s  %@ elapsed  ETA %@", fraction * 100, step, steps, rate, counted,
                       Self.clock(sample.elapsed), Self.clock(eta))
        for (name, label, unit) in shown {
            if let value = sample.observations[name] { line += String(format: "  %@ %.6g %@", label, value, unit) }
        }
        FileHandle.standardError.write(Data((inPlace ? "\r\u{1B}[K" + line : line + "\n").utf8))
    }

    /// Ends the bar's line (on a terminal).
    func finish() {
        if enabled && inPlace { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// `h:mm:ss` or `m:ss`; `--:--` when unknown.
    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--:--" }
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
