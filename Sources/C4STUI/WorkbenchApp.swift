import C4SCore
import C4SWorkbench
import Foundation

/// The full-screen workbench: renders the model on every change, polls jobs every 50 ms, and quits
/// on `q`, Ctrl-C, SIGTERM or SIGHUP, always stopping running jobs and restoring the terminal.
/// Its thread asks for short scheduler slices and runs jobs below its own priority (`JobPriority.background`),
/// so keys answer while a job uses every core.
public struct WorkbenchApp {
    private let environment: JobEnvironment
    private let registry: JobRegistry

    /// Creates the app over a job environment and registry.
    public init(environment: JobEnvironment, registry: JobRegistry = .standard) {
        self.environment = environment
        self.registry = registry
    }

    /// Runs until the user quits and returns the signal number that ended it (0 when the user
    /// quit with q). - Throws: `TerminalError` when there is no usable terminal.
    @discardableResult
    public func run() throws -> Int32 {
        let stateFile = UserState.file()
        let (state, stateMessage) = UserState.load(from: stateFile)
        let locale = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
        let braille = ProcessInfo.processInfo.environment["C4S_NO_BRAILLE"] == nil && locale.uppercased().contains("UTF-8")
        let model = WorkbenchModel(registry: registry, environment: environment, host: .current(),
                                   limits: MachineLimits.load(from: environment.cacheDirectory), state: state, braille: braille)
        if let stateMessage { model.setStatus(stateMessage, error: true) }
        var theme = try Theme.bundled("standard")
        if let name = ProcessInfo.processInfo.environment["C4S_THEME"], !name.isEmpty {
            do { theme = try Theme.bundled(name) } catch { model.setStatus("\(error); using standard", error: true) }
        }
        let terminal = CursesTerminal()
        try terminal.open(theme: theme, tick: 50)
        InteractiveScheduling.apply()
        model.colorMode = terminal.colorMode
        installInterruptHandlers()
        defer {
            model.cancelAll()
            terminal.close()
            removeInterruptHandlers()
            try? model.userState.save(to: stateFile)
        }
        var dirty = true
        while terminalInterrupt.load(ordering: .relaxed) == 0 && !model.wantsQuit {
            if dirty {
                let (rows, columns) = terminal.size
                terminal.render(WorkbenchScreen.render(model, rows: rows, columns: columns))
            }
            let key = terminal.nextKey()
            if let key, key != .resize { model.handle(key) }
            dirty = key != nil || model.tick()
        }
        return terminalInterrupt.exchange(0, ordering: .relaxed)
    }
}
