import C4SCore
import C4SWorkbench
import Foundation

/// `c4s bench tui`: time to compose a full frame of each section into the screen model at a
/// given terminal size (default 200x60), against the budget of 10 ms per frame. The
/// baseline is the time to clear a blank buffer of the same size, measured in the same run. The
/// Molecules section is measured twice: on its default dataset and on the adk PSF + DCD trajectory
/// (3341 atoms, stepping one frame per render, Ramachandran scatter included).
public enum RenderBenchmark {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "tui",
        summary: "frame composition time per section at 200x60, against clearing a blank buffer",
        parameters: [
            ParameterSpec("size", "terminal size columns x rows", kind: .shape(ranks: 2...2, side: 24...1000), default: .shape([200, 60])),
            ParameterSpec("frames", "frames per section", kind: .int(1...100_000), default: .int(200)),
        ],
        run: { parameters, context in
            let size = parameters.shape("size"), frames = parameters.int("frames")
            let model = WorkbenchModel(registry: .standard, environment: context.environment, host: .current(),
                                       limits: context.limits)
            model.execute("run machine --array-mib 4 --repetitions 20 --dgemm-size 64 --dgemm-repetitions 2")
            while model.isRunning {
                model.tick()
                Thread.sleep(forTimeInterval: 0.01)
            }
            model.tick()
            let blank = seconds(frames) { _ = ScreenBuffer(rows: size[1], columns: size[0]) }
            var rows: [BenchmarkReport.Row] = []
            func record(_ label: String, seconds t: Double) {
                rows.append(.init(labels: [("section", label), ("size", "\(size[0])x\(size[1])")],
                                  values: [("frame", t / Double(frames) * 1e3, "ms"),
                                           ("budget_fraction", t / Double(frames) / 0.010, "1"),
                                           ("vs_blank_buffer", t / max(blank, 1e-12), "x")]))
                context.progress(String(format: "%@: %.3f ms per frame", label, t / Double(frames) * 1e3))
            }
            for section in Section.allCases {
                try context.cancellation.checkCancellation()
                model.handle(.character(Character(String(section.rawValue + 1))))
                _ = WorkbenchScreen.render(model, rows: size[1], columns: size[0])      // loads the map once
                let t = seconds(frames) { _ = WorkbenchScreen.render(model, rows: size[1], columns: size[0]) }
                record(section.title, seconds: t)
            }
            if model.molecules.select(datasetID: "adk-dims") {
                model.handle(.character(Character(String(Section.molecules.rawValue + 1))))
                _ = WorkbenchScreen.render(model, rows: size[1], columns: size[0])      // reads the trajectory once
                let count = model.molecules.frames?.frames.count ?? 1
                var next = 0
                let t = seconds(frames) {
                    model.molecules.goTo(frame: next % count)
                    next += 1
                    _ = WorkbenchScreen.render(model, rows: size[1], columns: size[0])
                }
                record("Molecules (adk DCD, 3341 atoms)", seconds: t)
            }
            return BenchmarkReport(suite: "tui", rows: rows, notes: ["budget: 10 ms per frame (issue 10); the ncurses diff output is not included"])
        })

    private static func seconds(_ n: Int, _ body: () -> Void) -> Double {
        WallClock.time { for _ in 0..<n { body() } }
    }
}
