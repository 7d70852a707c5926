import C4SCore
import C4SIO
import C4SWorkbench
import Foundation

/// Everything the workbench shows and every action it takes, without a terminal: keys go in
/// through `handle(_:)`, time through `tick()`, and views draw it into a `ScreenBuffer`.
/// Lives on the UI thread; jobs run on their own threads and are polled on each tick.
public final class WorkbenchModel {
    /// Jobs that can be run.
    public let registry: JobRegistry
    /// Catalog, locator, cache.
    public let environment: JobEnvironment
    /// This machine.
    public let host: HostInfo
    /// Measured limits, if `c4s bench --machine` has run.
    public let limits: MachineLimits?

    /// Section in the navigator.
    public internal(set) var section: Section = .kernels
    /// Where keys go.
    public internal(set) var focus: Focus = .navigator
    /// Whether the main area shows a second pane (the results table) beside the first.
    public internal(set) var split = false
    /// The overlay, if any.
    public internal(set) var overlay: Overlay = .none
    /// The status line message and whether it reports an error.
    public internal(set) var status: (text: String, isError: Bool) = ("", false)

    /// Selected job in the kernel runner.
    public internal(set) var jobIndex = 0
    /// Selected row in the kernel runner: 0 is the job list, 1... the parameters.
    public internal(set) var fieldIndex = 0
    /// Parameter texts by job id and name (defaults until edited).
    public internal(set) var parameterTexts: [String: [String: String]] = [:]
    /// Selected dataset.
    public internal(set) var datasetIndex = 0
    /// Selected row of the results table and its sort.
    public internal(set) var resultIndex = 0
    /// Column the results table is sorted by.
    public internal(set) var resultSort = ResultsTable.Column.run
    /// Sort direction.
    public internal(set) var resultSortAscending = true
    /// Every run of this session, oldest first.
    public internal(set) var runs: [RunRecord] = []
    /// Set when the user asked to quit.
    public internal(set) var wantsQuit = false
    /// Draw charts with braille (false: half blocks, for fonts without braille).
    public let braille: Bool
    /// Colours the terminal shows (maps fall back to shade characters without 256 colours).
    public internal(set) var colorMode = ColorMode.full
    /// The map pane's state.
    public let fields: FieldBrowser
    /// The molecule pane's state.
    public let molecules: MoleculeBrowser
    /// Whether the Carbon section shows the global budget bar chart instead of the map.
    public internal(set) var showBudget = false
    /// The budget term shown (index into `BudgetChart.terms`).
    public internal(set) var budgetTerm = 0
    private var budgetCache: [GlobalCarbonBudgetYear]?
    /// Where the last mouse press or drag event was while button 1 is held in the molecule pane.
    var dragOrigin: (row: Int, column: Int)?

    /// Creates the model, restoring remembered selections.
    public init(registry: JobRegistry, environment: JobEnvironment, host: HostInfo, limits: MachineLimits?,
                state: UserState = UserState(), braille: Bool = true) {
        self.registry = registry
        self.environment = environment
        self.host = host
        self.limits = limits
        self.braille = braille
        fields = FieldBrowser(catalog: environment.catalog, locator: environment.locator)
        molecules = MoleculeBrowser(catalog: environment.catalog, locator: environment.locator)
        section = state.section
        jobIndex = state.jobID.flatMap { id in registry.descriptors.firstIndex { $0.id == id } } ?? 0
        parameterTexts = state.parameters
    }

    /// The global carbon budget years of the catalog's `gcb2023` table, read once.
    /// - Throws: `CatalogError` when the table is missing, `CSVError` when it is malformed.
    func budgetYears() throws -> [GlobalCarbonBudgetYear] {
        if let budgetCache { return budgetCache }
        let url = try environment.resolve("gcb2023").urls[0]
        let years = try GlobalCarbonBudgetYear.load(from: url)
        budgetCache = years
        return years
    }

    /// The selections to remember.
    public var userState: UserState {
        var s = UserState()
        s.section = section
        s.jobID = selectedJob.id
        s.parameters = parameterTexts
        return s
    }

    /// The job selected in the kernel runner.
    public var selectedJob: JobDescriptor {
        registry.descriptors[min(jobIndex, registry.descriptors.count - 1)]
    }

    /// The text of a parameter of the selected job (its default when not edited).
    public func parameterText(_ spec: ParameterSpec) -> String {
        parameterTexts[selectedJob.id]?[spec.name] ?? spec.defaultValue?.description ?? ""
    }

    /// Polls running jobs; returns true when the screen should be redrawn.
    @discardableResult
    public func tick() -> Bool {
        var changed = section == .molecules && molecules.advance()
        for run in runs where run.state == .running {
            changed = run.poll() || changed
            if run.state != .running {
                switch run.state {
                case .finished: setStatus("run \(run.number) (\(run.descriptor.id)) done; e exports it to HDF5")
                case .cancelled: setStatus("run \(run.number) stopped")
                case .failed(let message): setStatus("run \(run.number) failed: \(message)", error: true)
                case .running: break
                }
            }
        }
        return changed
    }

    /// True while any job runs.
    public var isRunning: Bool {
        runs.contains { $0.state == .running }
    }

    /// Stops every running job (on quit and on Ctrl-C).
    public func cancelAll() {
        for run in runs where run.state == .running { run.cancel() }
    }

    func setStatus(_ text: String, error: Bool = false) {
        status = (text, error)
    }

    /// Starts the selected job with the form's parameters, or reports why it cannot start.
    func runSelectedJob() {
        let job = selectedJob
        var given: [String: String] = [:]
        for spec in job.parameters {
            let text = parameterText(spec)
            if !text.isEmpty { given[spec.name] = text }
        }
        start(job, arguments: given)
    }

    /// Starts a job from parameter texts; errors go to the status line.
    func start(_ descriptor: JobDescriptor, arguments: [String: String]) {
        do {
            let job = try descriptor.makeJob(arguments: arguments, environment: environment)
            let run = RunRecord(number: runs.count + 1, job: job)
            runs.append(run)
            setStatus("run \(run.number) started: \(run.commandLine)")
        } catch {
            setStatus(String(describing: error), error: true)
        }
    }

    /// Stops the newest running job.
    func stopLatest() {
        guard let run = runs.last(where: { $0.state == .running }) else {
            setStatus("nothing is running")
            return
        }
        run.cancel()
        setStatus("stopping run \(run.number)…")
    }

    /// The finished run an export would write: the selected row of the results table when it is
    /// focused, else the newest finished run.
    var runToExport: RunRecord? {
        if section == .results || focus == .second {
            let rows = ResultsTable.sorted(runs, by: resultSort, ascending: resultSortAscending)
            if rows.indices.contains(resultIndex), rows[resultIndex].result != nil { return rows[resultIndex] }
        }
        return runs.last { $0.result != nil }
    }

    /// Exports the map shown in the Carbon pane through the `field` job and the one export path.
    func exportMap(to path: String) {
        guard let selection = fields.selection else { return }
        do {
            let job = try FieldSliceJob.descriptor.makeJob(
                arguments: ["dataset": selection.dataset, "variable": selection.variable, "time": String(selection.time)],
                environment: environment)
            let run = RunRecord(number: runs.count + 1, job: job, priority: .normal)
            runs.append(run)
            run.waitUntilFinished()
            guard run.result != nil else {
                setStatus("reading the map failed: \(run.stateText)", error: true)
                return
            }
            export(run, to: path)
        } catch {
            setStatus(String(describing: error), error: true)
        }
    }

    /// Writes a run's result to an HDF5 file through the one export path; the status says what happened.
    func export(_ run: RunRecord, to path: String) {
        guard let result = run.result else { return }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        let existed = FileManager.default.fileExists(atPath: url.path)
        do {
            let group = try ResultExporter().export(result, to: url, group: nil)
            setStatus("wrote run \(run.number) to \(url.path) group /\(group)" + (existed ? " (added to the existing file)" : ""))
        } catch {
            setStatus("export failed, \(url.path) is unchanged: \(error)", error: true)
        }
    }
}
