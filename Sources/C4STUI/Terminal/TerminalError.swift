/// Why the full-screen workbench cannot start.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case notATerminal
    case unusableTerminal(String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .notATerminal:
            "the workbench needs an interactive terminal (stdin and stdout are not a TTY); "
                + "use the command-line jobs instead, e.g. `c4s run machine` or `c4s --help`"
        case .unusableTerminal(let term):
            "cannot open the terminal of type \(term); set TERM to a type your terminal supports (e.g. xterm-256color)"
        }
    }
}
