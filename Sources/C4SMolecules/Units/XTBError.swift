/// Why the xtb program could not evaluate a geometry.
public enum XTBError: Error, Equatable, CustomStringConvertible {
    /// No `xtb` executable on PATH.
    case notInstalled(searched: String)
    /// xtb exited with a non-zero status or wrote no results; `outputTail` is the end of its output.
    case failed(label: String, status: Int32, outputTail: String)
    /// xtb ran longer than the time-out and was killed.
    case timedOut(label: String, seconds: Double)
    /// A result file xtb wrote could not be read.
    case malformedOutput(label: String, file: String, detail: String)

    public var description: String {
        switch self {
        case .notInstalled(let searched):
            "xtb not found on PATH (\(searched)): install xtb (make setup)"
        case .failed(let label, let status, let tail):
            "xtb failed on \(label) (exit status \(status)); its output ends with:\n\(tail)"
        case .timedOut(let label, let seconds):
            "xtb did not finish \(label) within \(seconds) s and was stopped; raise the time-out or use a smaller unit"
        case .malformedOutput(let label, let file, let detail):
            "xtb's \(file) for \(label) is unreadable: \(detail)"
        }
    }
}
