import C4SCore
import C4SWorkbench

/// The full-screen workbench. This version shows the welcome screen and quits on `q`,
/// Ctrl-C, SIGTERM or SIGHUP, always restoring the terminal.
public struct WorkbenchApp {
    private let environment: JobEnvironment
    private let registry: JobRegistry

    /// Creates the app over a job environment and registry.
    public init(environment: JobEnvironment, registry: JobRegistry = .standard) {
        self.environment = environment
        self.registry = registry
    }

    /// Runs until the user quits and returns the signal number that ended it (0 when the user
    /// pressed q). - Throws: `TerminalError` when there is no usable terminal.
    @discardableResult
    public func run() throws -> Int32 {
        let screen = WelcomeScreen(host: .current(), limits: MachineLimits.load(from: environment.cacheDirectory),
                                   catalog: environment.catalog, registry: registry)
        let terminal = CursesTerminal()
        try terminal.open()
        installInterruptHandlers()
        defer {
            terminal.close()
            removeInterruptHandlers()
        }
        draw(screen, on: terminal)
        while terminalInterrupt.load(ordering: .relaxed) == 0 {
            switch terminal.nextKey() {
            case .character("q"), .character("Q"):
                return 0
            case .resize:
                draw(screen, on: terminal)
            default:
                continue
            }
        }
        return terminalInterrupt.exchange(0, ordering: .relaxed)
    }

    private func draw(_ screen: WelcomeScreen, on terminal: CursesTerminal) {
        let (rows, columns) = terminal.size
        terminal.clear()
        let title = " C4S Workbench \(SoftwareVersion.version) "
        terminal.put(String(repeating: " ", count: columns), row: 0, column: 0, style: .bar)
        terminal.put(title, row: 0, column: 0, style: .bar)
        for (i, line) in screen.lines().enumerated() where i + 2 < rows - 1 {
            terminal.put(line, row: i + 2, column: 2, style: i == 0 ? .bold : .plain)
        }
        terminal.put(String(repeating: " ", count: columns), row: rows - 1, column: 0, style: .bar)
        terminal.put(WelcomeScreen.footer, row: rows - 1, column: 0, style: .bar)
        terminal.present()
    }
}
