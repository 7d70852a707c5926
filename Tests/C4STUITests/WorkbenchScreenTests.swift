@testable import C4STUI
import C4SWorkbench
import Foundation
import Testing

@Suite struct WorkbenchScreenTests {
    @Test func firstScreenAtEightyByTwentyFour() throws {
        let model = try ModelFixture.model()
        let screen = WorkbenchScreen.render(model, rows: 24, columns: 80)
        let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix(" C4S Workbench 0.1.0 │ 2 cores │ triad 24.0 GB/s │ DGEMM 100 GFLOP/s"))
        #expect(lines[1].hasPrefix("┌─ Go ───────┐┌─ Kernels ─"))
        #expect(lines[2].hasPrefix("│ 1 Kernels  ││job ‹ machine › Machine limits (STREAM triad, DGEMM)  (1/\(JobRegistry.standard.descriptors.count))"))
        #expect(lines[3].contains("--array-mib         256 MiB"))
        #expect(lines[23].hasPrefix(" q quit  ? help  : command  Tab focus  | split"))
        #expect(screen.text.contains("no runs yet: press r to run machine"))
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let screen = WorkbenchScreen.render(try ModelFixture.model(), rows: 20, columns: 60)
        #expect(screen.row(at: 0).hasPrefix("C4S Workbench needs at least 80x24 (now 60x20)"))
    }

    @Test func withoutLimitsTheHeaderSaysHowToMeasure() throws {
        let screen = WorkbenchScreen.render(try ModelFixture.model(limits: nil), rows: 24, columns: 100)
        #expect(screen.row(at: 0).contains("limits not measured: c4s bench --machine"))
    }

    @Test func navigatingToDatasetsShowsTheCatalog() throws {
        let model = try ModelFixture.model()
        model.handle(.down)                  // navigator: Datasets
        model.handle(.right)                 // focus the pane
        model.handle(.down)                  // second dataset
        let text = WorkbenchScreen.render(model, rows: 30, columns: 120).text
        #expect(text.contains("Datasets") && text.contains("cryg2500: CRYG2500"))
        #expect(text.contains("matrices/cryg2500.mtx  334.1 KiB  sha256 17e7aae931e9e"))
    }

    @Test func helpOverlayOpensAndCloses() throws {
        let model = try ModelFixture.model()
        model.handle(.character("?"))
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("─ Keys ─"))
        model.handle(.escape)
        #expect(!WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("─ Keys ─"))
    }

    @Test func editingAParameterValidatesIt() throws {
        let model = try ModelFixture.model()
        model.handle(.right)
        model.handle(.down)                  // --array-mib
        model.handle(.enter)
        model.handle(.clearLine)
        ModelFixture.type("0", into: model)
        model.handle(.enter)
        #expect(model.status.isError && model.status.text == "--array-mib 0: not valid; expected an integer from 1 to 65536")
        model.handle(.enter)
        model.handle(.clearLine)
        ModelFixture.type("4", into: model)
        model.handle(.enter)
        #expect(!model.status.isError)
        #expect(model.userState.parameters["machine"]?["array-mib"] == "4")
    }

    @Test func commandLineCompletesJobsAndParameters() throws {
        let model = try ModelFixture.model()
        #expect(model.complete("ru") == "run ")
        #expect(model.complete("run mac") == "run machine ")
        #expect(model.complete("run machine --dgemm-s") == "run machine --dgemm-size ")
        #expect(model.complete("run machine --dgemm") == "run machine --dgemm-")
        model.execute("frobnicate")
        #expect(model.status.isError && model.status.text.hasPrefix("unknown command 'frobnicate'"))
        model.execute("run machine --array-mib zero")
        #expect(model.status.text == "--array-mib zero: not valid; expected an integer from 1 to 65536")
    }

    @Test func aRunDrawsItsChartAndLandsInTheSortableResults() throws {
        let model = try ModelFixture.model()
        model.execute("run machine --array-mib 1 --repetitions 4 --dgemm-size 32 --dgemm-repetitions 1")
        model.execute("run machine --array-mib 2 --repetitions 3 --dgemm-size 32 --dgemm-repetitions 1")
        ModelFixture.waitForRuns(model)
        #expect(model.runs.map(\.stateText) == ["done", "done"])
        #expect(model.userState.parameters["machine"]?["array-mib"] == "2")       // the form keeps what :run used
        let kernels = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(kernels.contains("run 2 done") && kernels.contains("GB/s") && kernels.contains("of triad bandwidth"))
        #expect(kernels.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "no braille drawn")

        model.handle(.character("5"))
        model.handle(.character("o"))        // sort by job
        model.handle(.character("o"))        // by state
        model.handle(.character("o"))        // by mean
        model.handle(.character("O"))        // descending
        let sorted = ResultsTable.sorted(model.runs, by: .mean, ascending: false)
        #expect(sorted[0].throughput.mean >= sorted[1].throughput.mean)
        let results = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(results.contains("mean▼"))

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-tui-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: file) }
        model.handle(.character("e"))
        model.handle(.clearLine)
        ModelFixture.type(file.path, into: model)
        model.handle(.enter)
        #expect(model.status.text.hasPrefix("wrote run \(sorted[0].number) to \(file.path) group /results/machine-"))
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func corruptStateFileIsIgnoredWithAMessage() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-state-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{not json".utf8).write(to: url)
        let (state, message) = UserState.load(from: url)
        #expect(state == UserState())
        #expect(message?.contains("ignored \(url.path)") == true)
        var saved = UserState()
        saved.section = .results
        saved.parameters = ["machine": ["array-mib": "8"]]
        try saved.save(to: url)
        #expect(UserState.load(from: url).state == saved)
    }
}
