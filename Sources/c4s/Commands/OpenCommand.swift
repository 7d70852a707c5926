import ArgumentParser
import C4STUI
import C4SWorkbench

/// `c4s open` (the default): the full-screen workbench.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen workbench (the default when c4s gets no arguments).",
        discussion: "Keys: q quits. The terminal is restored on every exit, including Ctrl-C.")

    func run() throws {
        do {
            let signal = try WorkbenchApp(environment: .current()).run()
            if signal != 0 { throw ExitCode(128 + signal) }
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
    }
}
