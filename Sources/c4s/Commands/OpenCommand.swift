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
            try WorkbenchApp(environment: .current()).run()
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
    }
}
