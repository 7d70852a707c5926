import C4SWorkbench

extension WorkbenchModel {
    /// Handles one key. Overlays take keys first; then global keys; then the focused pane's keys.
    public func handle(_ key: Key) {
        switch overlay {
        case .help:
            if key == .escape || key == .character("?") || key == .character("q") { overlay = .none }
            return
        case .command(let text):
            handleCommandLine(key, text: text)
            return
        case .prompt(let purpose, let label, let text):
            handlePrompt(key, purpose: purpose, label: label, text: text)
            return
        case .none:
            break
        }
        switch key {
        case .character("q"):
            cancelAll()
            wantsQuit = true
        case .character("?"): overlay = .help
        case .character(":"): overlay = .command("")
        case .tab: focus = nextFocus(after: focus)
        case .backTab: focus = nextFocus(after: nextFocus(after: focus))
        case .character("|"):
            split.toggle()
            if !split && focus == .second { focus = .main }
        case .character("1"), .character("2"), .character("3"), .character("4"), .character("5"):
            if case .character(let c) = key, let n = c.wholeNumberValue, let s = Section(rawValue: n - 1) {
                section = s
                focus = .main
            }
        case .character("r"): runSelectedJob()
        case .character("s"): stopLatest()
        case .character("e"): askExport()
        case .mouse(let row, let column, let kind): handleMouse(row: row, column: column, kind: kind)
        default:
            switch focus {
            case .navigator: handleNavigator(key)
            case .main: handleMain(key)
            case .second: handleResults(key)
            }
        }
    }

    private func nextFocus(after f: Focus) -> Focus {
        switch f {
        case .navigator: .main
        case .main: split ? .second : .navigator
        case .second: .navigator
        }
    }

    private func handleNavigator(_ key: Key) {
        switch key {
        case .up, .character("k"): section = Section(rawValue: max(section.rawValue - 1, 0))!
        case .down, .character("j"): section = Section(rawValue: min(section.rawValue + 1, Section.allCases.count - 1))!
        case .right, .character("l"), .enter: focus = .main
        default: break
        }
    }

    private func handleMain(_ key: Key) {
        if section == .carbon {
            handleMap(key)
            return
        }
        if section == .molecules {
            handleMolecules(key)
            return
        }
        if key == .left || key == .character("h") {
            focus = .navigator
            return
        }
        switch section {
        case .kernels: handleKernels(key)
        case .datasets: handleDatasets(key)
        case .results: handleResults(key)
        case .carbon: handleMap(key)
        case .molecules: handleMolecules(key)
        }
    }

    private func handleMolecules(_ key: Key) {
        let m = molecules
        switch key {
        case .right: m.goTo(frame: m.frame + 1)
        case .left: m.goTo(frame: m.frame - 1)
        case .home: m.goTo(frame: 0)
        case .end: m.goTo(frame: Int.max)
        case .character(" "): m.togglePlay()
        case .character("]"): m.changeSpeed(1)
        case .character("["): m.changeSpeed(-1)
        case .character("h"): m.rotate(yaw: -0.2, pitch: 0)
        case .character("l"): m.rotate(yaw: 0.2, pitch: 0)
        case .character("k"), .up: m.rotate(yaw: 0, pitch: -0.2)
        case .character("j"), .down: m.rotate(yaw: 0, pitch: 0.2)
        case .character("a"): m.toggleAtoms()
        case .character("d"): m.stepDataset(1)
        case .character("D"): m.stepDataset(-1)
        default: break
        }
    }

    private func handleMap(_ key: Key) {
        if key == .character("b") {
            showBudget.toggle()
            return
        }
        if showBudget {
            if key == .character("v") { budgetTerm = (budgetTerm + 1) % BudgetChart.terms.count }
            if key == .character("V") { budgetTerm = (budgetTerm + BudgetChart.terms.count - 1) % BudgetChart.terms.count }
            return
        }
        let step = max(fields.zoom == 1 ? 2 : 1, 1)
        switch key {
        case .up, .character("k"): fields.moveCursor(rows: -step, columns: 0)
        case .down, .character("j"): fields.moveCursor(rows: step, columns: 0)
        case .left, .character("h"): fields.moveCursor(rows: 0, columns: -step)
        case .right, .character("l"): fields.moveCursor(rows: 0, columns: step)
        case .character("K"), .pageUp: fields.moveCursor(rows: -10 * step, columns: 0)
        case .character("J"), .pageDown: fields.moveCursor(rows: 10 * step, columns: 0)
        case .character("H"), .home: fields.moveCursor(rows: 0, columns: -10 * step)
        case .character("L"), .end: fields.moveCursor(rows: 0, columns: 10 * step)
        case .character("+"), .character("="): fields.stepZoom(1)
        case .character("-"): fields.stepZoom(-1)
        case .character("v"): fields.stepVariable(1)
        case .character("V"): fields.stepVariable(-1)
        case .character("t"): fields.stepTime(1)
        case .character("T"): fields.stepTime(-1)
        case .character("d"): fields.stepDataset(1)
        case .character("D"): fields.stepDataset(-1)
        case .character("m"): fields.startRegion()
        case .enter: fields.closeRegion()
        case .escape: fields.cancelRegion()
        default: break
        }
    }

    private func handleKernels(_ key: Key) {
        let fields = selectedJob.parameters.count
        switch key {
        case .up, .character("k"):
            if fieldIndex == 0 { jobIndex = max(jobIndex - 1, 0) } else { fieldIndex -= 1 }
        case .down, .character("j"):
            fieldIndex = min(fieldIndex + 1, fields)
        case .character("J"), .pageDown:
            jobIndex = min(jobIndex + 1, registry.descriptors.count - 1)
            fieldIndex = 0
        case .character("K"), .pageUp:
            jobIndex = max(jobIndex - 1, 0)
            fieldIndex = 0
        case .enter:
            if fieldIndex == 0 {
                fieldIndex = min(1, fields)
            } else {
                let spec = selectedJob.parameters[fieldIndex - 1]
                overlay = .prompt(.parameter(spec.name), label: "--\(spec.name) (\(spec.kind.validValues))", text: parameterText(spec))
            }
        default: break
        }
    }

    private func handleDatasets(_ key: Key) {
        let count = environment.catalog.datasets.count
        switch key {
        case .up, .character("k"): datasetIndex = max(datasetIndex - 1, 0)
        case .down, .character("j"): datasetIndex = min(datasetIndex + 1, max(count - 1, 0))
        case .home, .character("g"): datasetIndex = 0
        case .end, .character("G"): datasetIndex = max(count - 1, 0)
        case .pageDown: datasetIndex = min(datasetIndex + 10, max(count - 1, 0))
        case .pageUp: datasetIndex = max(datasetIndex - 10, 0)
        default: break
        }
    }

    private func handleResults(_ key: Key) {
        switch key {
        case .up, .character("k"): resultIndex = max(resultIndex - 1, 0)
        case .down, .character("j"): resultIndex = min(resultIndex + 1, max(runs.count - 1, 0))
        case .character("o"):
            let all = ResultsTable.Column.allCases
            resultSort = all[(all.firstIndex(of: resultSort)! + 1) % all.count]
            setStatus("results sorted by \(resultSort.title)")
        case .character("O"):
            resultSortAscending.toggle()
            setStatus("results sorted by \(resultSort.title), \(resultSortAscending ? "ascending" : "descending")")
        default: break
        }
    }

    private func handleMouse(row: Int, column: Int, kind: MouseKind) {
        switch kind {
        case .wheelUp: handle(.up)
        case .wheelDown: handle(.down)
        case .click:
            if column < WorkbenchLayout.navigatorWidth, (2..<(2 + Section.allCases.count)).contains(row) {
                section = Section(rawValue: row - 2)!
                focus = .navigator
            } else if row > 0 {
                focus = .main
                dragOrigin = section == .molecules ? (row, column) : nil
            }
        case .drag:
            guard let origin = dragOrigin, section == .molecules else { return }
            molecules.rotate(yaw: Double(column - origin.column) * Self.dragYawPerColumn,
                             pitch: Double(row - origin.row) * Self.dragPitchPerRow)
            dragOrigin = (row, column)
        case .release:
            dragOrigin = nil
        }
    }

    /// Rotation of a mouse drag in the molecule pane, radians per cell: a drag across 60 columns
    /// turns the molecule about half way round; rows are about twice as tall as columns are wide.
    static let dragYawPerColumn = 0.05
    static let dragPitchPerRow = 0.1

    private func askExport() {
        if section == .carbon, !showBudget {
            guard fields.field != nil else {
                setStatus("no map loaded to export", error: true)
                return
            }
            overlay = .prompt(.exportFile, label: "export this map to HDF5 file", text: "c4s-map.h5")
            return
        }
        guard runToExport != nil else {
            setStatus("no finished run to export yet: run a job with r first", error: true)
            return
        }
        overlay = .prompt(.exportFile, label: "export to HDF5 file", text: "c4s-results.h5")
    }

    private func handlePrompt(_ key: Key, purpose: PromptPurpose, label: String, text: String) {
        switch key {
        case .escape: overlay = .none
        case .backspace: overlay = .prompt(purpose, label: label, text: String(text.dropLast()))
        case .clearLine: overlay = .prompt(purpose, label: label, text: "")
        case .character(let c): overlay = .prompt(purpose, label: label, text: text + String(c))
        case .enter:
            overlay = .none
            switch purpose {
            case .parameter(let name): setParameter(name, text: text)
            case .exportFile:
                if section == .carbon, !showBudget {
                    exportMap(to: text)
                } else if let run = runToExport {
                    export(run, to: text)
                }
            }
        default: break
        }
    }

    /// Validates and stores a parameter of the selected job; invalid text is refused with the reason.
    func setParameter(_ name: String, text: String) {
        guard let spec = selectedJob.parameters.first(where: { $0.name == name }) else { return }
        do {
            _ = try spec.parse(text)
            parameterTexts[selectedJob.id, default: [:]][name] = text
            setStatus("--\(name) \(text)")
        } catch {
            setStatus(String(describing: error), error: true)
        }
    }
}
