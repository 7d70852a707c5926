/// Composes the whole screen from the model: header, navigator, pane(s), status, footer, overlay.
public enum WorkbenchScreen {
    /// Renders the model into a fresh buffer of the given size.
    public static func render(_ model: WorkbenchModel, rows: Int, columns: Int) -> ScreenBuffer {
        var screen = ScreenBuffer(rows: rows, columns: columns)
        guard rows >= WorkbenchLayout.minimum.rows, columns >= WorkbenchLayout.minimum.columns else {
            screen.write("C4S Workbench needs at least 80x24 (now \(columns)x\(rows)); enlarge the window or press q",
                         row: 0, column: 0, style: CellStyle(.error))
            return screen
        }
        let layout = WorkbenchLayout(rows: rows, columns: columns, split: model.split)
        HeaderView.draw(model, in: layout.header, into: &screen)
        NavigatorView.draw(model, in: layout.navigator, into: &screen)
        let mainFocused = model.focus == .main
        switch model.section {
        case .kernels: KernelsView.draw(model, in: layout.main, focused: mainFocused, into: &screen)
        case .datasets: DatasetsView.draw(model, in: layout.main, focused: mainFocused, into: &screen)
        case .results: ResultsTable.draw(model, in: layout.main, focused: mainFocused, into: &screen)
        case .molecules: MoleculeView.draw(model, in: layout.main, focused: mainFocused, into: &screen)
        case .carbon:
            if model.showBudget {
                BudgetChart.draw(model, in: layout.main, focused: mainFocused, into: &screen)
            } else {
                MapView.draw(model, in: layout.main, focused: mainFocused, into: &screen)
            }
        }
        if let second = layout.second {
            ResultsTable.draw(model, in: second, focused: model.focus == .second, into: &screen)
        }
        FooterView.draw(model, footer: layout.footer, status: layout.status, into: &screen)
        if model.overlay == .help {
            HelpOverlay.draw(in: Rect(row: 1, column: 0, height: rows - 3, width: columns), into: &screen)
        }
        return screen
    }
}
