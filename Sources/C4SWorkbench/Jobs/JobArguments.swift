/// Splits `--name value` / `--name=value` words after a job id into job parameters and the
/// options every job run shares (`--json`, `--export FILE`, `--group PATH`, `--quiet`, `--help`).
public struct JobArguments: Sendable, Equatable {
    /// Job parameter name → text as typed.
    public var parameters: [String: String] = [:]
    /// Print the result as JSON on stdout.
    public var json = false
    /// HDF5 file to add the result to.
    public var export: String?
    /// Group path for the export.
    public var group: String?
    /// No progress lines on stderr.
    public var quiet = false
    /// Show the job's parameters instead of running it.
    public var help = false

    /// Parses the words. - Throws: `ParameterError.malformedArguments` naming the word that is wrong.
    public init(_ words: [String]) throws {
        var i = 0
        while i < words.count {
            let word = words[i]
            guard word.hasPrefix("--"), word.count > 2 else {
                throw ParameterError.malformedArguments(
                    "unexpected argument '\(word)': job parameters are given as --name value")
            }
            var name = String(word.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            switch name {
            case "json": json = true
            case "quiet": quiet = true
            case "help": help = true
            default:
                if value == nil {
                    guard i + 1 < words.count else {
                        throw ParameterError.malformedArguments("--\(name) needs a value")
                    }
                    i += 1
                    value = words[i]
                }
                switch name {
                case "export": export = value
                case "group": group = value
                default: parameters[name] = value
                }
            }
            i += 1
        }
    }
}
