import C4SCore
import C4SWorkbench

/// The header bar: product, machine and its measured limits.
enum HeaderView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, into screen: inout ScreenBuffer) {
        screen.fill(row: rect.row, column: rect.column, height: 1, width: rect.width, style: CellStyle(.bar))
        var text = " C4S Workbench \(SoftwareVersion.version) │ \(model.host.cores) cores"
        if let l = model.limits {
            text += String(format: " │ triad %.1f GB/s │ DGEMM %.0f GFLOP/s", l.triadAllCoresGBps, l.dgemmGFLOPs)
        } else {
            text += " │ limits not measured: c4s bench --machine"
        }
        if model.isRunning { text += " │ running" }
        screen.write(text, row: rect.row, column: rect.column, style: CellStyle(.bar, bold: true), limit: rect.width)
    }
}
