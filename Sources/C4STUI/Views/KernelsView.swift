import C4SWorkbench
import Foundation

/// The kernel runner: the job and its parameter form, the live throughput chart of the runs,
/// and the numbers of the newest run against the machine's limits.
enum KernelsView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        Frame.draw(rect, title: "Kernels", focused: focused, into: &screen)
        let inner = rect.inset(1)
        let job = model.selectedJob
        let formHeight = min(job.parameters.count + 2, max(inner.height / 2, 3))
        let (form, rest) = inner.splitRows(formHeight)
        drawForm(model, job: job, in: form, focused: focused, into: &screen)
        let (statsRow, chart) = rest.splitRows(2)
        drawStats(model, in: statsRow, into: &screen)
        ThroughputChart.draw(model.runs, braille: model.braille, in: chart, into: &screen)
    }

    private static func drawForm(_ model: WorkbenchModel, job: JobDescriptor, in rect: Rect, focused: Bool,
                                 into screen: inout ScreenBuffer) {
        let jobLine = "job ‹ \(job.id) › \(job.title)  (\(model.jobIndex + 1)/\(model.registry.descriptors.count))"
        let selected = focused && model.fieldIndex == 0
        screen.write(jobLine, row: rect.row, column: rect.column, style: selected ? CellStyle(.selection, bold: true) : CellStyle(.title, bold: true), limit: rect.width)
        let nameWidth = (job.parameters.map(\.name.count).max() ?? 0) + 3
        let visible = max(rect.height - 1, 0)
        let first = max(0, model.fieldIndex - visible)
        for (i, spec) in job.parameters.enumerated().dropFirst(first).prefix(visible) {
            let row = rect.row + 1 + i - first
            let isSelected = focused && model.fieldIndex == i + 1
            let value = model.parameterText(spec)
            let line = "  --\(spec.name.padding(toLength: nameWidth - 3, withPad: " ", startingAt: 0)) \(value)\(spec.unit.map { " \($0)" } ?? "")"
            let end = screen.write(line, row: row, column: rect.column, style: isSelected ? CellStyle(.selection) : .plain, limit: rect.width)
            screen.write("  " + spec.summary, row: row, column: end, style: CellStyle(.dim), limit: rect.column + rect.width - end)
        }
    }

    private static func drawStats(_ model: WorkbenchModel, in rect: Rect, into screen: inout ScreenBuffer) {
        guard let run = model.runs.last else {
            screen.write("no runs yet: press r to run \(model.selectedJob.id), or :run JOB --name value", row: rect.row,
                         column: rect.column, style: CellStyle(.dim), limit: rect.width)
            return
        }
        let t = run.throughput
        var line = String(format: "run %d %@  now %.3g  mean %.3g  peak %.3g %@", run.number, run.stateText, t.current, t.mean, t.peak, t.label)
        if let fraction = boundFraction(run, limits: model.limits) { line += String(format: "  (%.0f%% of %@)", fraction.value * 100, fraction.bound) }
        let role = ThroughputChart.seriesRoles[(min(model.runs.count, 4) - 1)]
        screen.write(line, row: rect.row, column: rect.column, style: CellStyle(role, bold: true), limit: rect.width)
        screen.write(run.commandLine, row: rect.row + 1, column: rect.column, style: CellStyle(.dim), limit: rect.width)
    }

    /// The newest run's mean throughput as a fraction of the machine's bound: bytes against the
    /// triad bandwidth, flops against DGEMM, anything else by its bytes moved against the bandwidth.
    static func boundFraction(_ run: RunRecord, limits: MachineLimits?) -> (value: Double, bound: String)? {
        guard let limits else { return nil }
        let unit = run.descriptor.workUnit
        if unit == .flops, limits.dgemmGFLOPs > 0 { return (run.throughput.mean / limits.dgemmGFLOPs, "DGEMM") }
        let moving = run.samples.filter { $0.bytes > 0 }
        let time = moving.reduce(0) { $0 + $1.duration }
        guard time > 0, limits.triadAllCoresGBps > 0 else { return nil }
        return (moving.reduce(0) { $0 + $1.bytes } / time / 1e9 / limits.triadAllCoresGBps, "triad bandwidth")
    }
}
