/// The footer of key hints for what has focus, and the status line or the active prompt above it.
enum FooterView {
    static func hints(_ model: WorkbenchModel) -> String {
        switch model.overlay {
        case .help: return " Esc close help "
        case .command: return " Enter run  Tab complete  Esc cancel "
        case .prompt: return " Enter accept  Esc cancel "
        case .none: break
        }
        var keys = ["q quit", "? help", ": command", "Tab focus", "| split"]
        switch model.section {
        case .kernels: keys += ["↑↓ field", "J/K job", "Enter edit", "r run", "s stop", "e export"]
        case .datasets: keys += ["↑↓ dataset", "g/G first/last"]
        case .results: keys += ["↑↓ row", "o sort", "O order", "e export"]
        case .molecules: keys += ["←→ frame", "space play", "[ ] speed", "hjkl/drag rotate", "a atoms", "d dataset"]
        case .carbon: keys += (model.showBudget ? ["v term", "b map"] : ["hjkl cursor", "+/- zoom", "m box", "v var", "t time", "d dataset", "b budget", "e export"])
        }
        return " " + keys.joined(separator: "  ") + " "
    }

    static func draw(_ model: WorkbenchModel, footer: Rect, status: Rect, into screen: inout ScreenBuffer) {
        screen.fill(row: footer.row, column: 0, height: 1, width: footer.width, style: CellStyle(.bar))
        screen.write(hints(model), row: footer.row, column: 0, style: CellStyle(.bar), limit: footer.width)
        switch model.overlay {
        case .command(let text):
            let end = screen.write(":" + text, row: status.row, column: 0, style: CellStyle(.text, bold: true), limit: status.width - 1)
            screen.set("█", row: status.row, column: end)
        case .prompt(_, let label, let text):
            let end = screen.write("\(label): \(text)", row: status.row, column: 0, style: CellStyle(.text, bold: true), limit: status.width - 1)
            screen.set("█", row: status.row, column: end)
        default:
            screen.write(model.status.text, row: status.row, column: 0,
                         style: CellStyle(model.status.isError ? .error : .dim), limit: status.width)
        }
    }
}
