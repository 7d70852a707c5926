import Foundation
import Testing

/// The real binary in a real terminal (tmux): opens, redraws on resize, quits on q and on Ctrl-C,
/// and always leaves the terminal restored (alternate screen off, cursor visible).
@Suite(.serialized) struct WorkbenchTerminalTests {
    @Test func opensAtEightyByTwentyFourAndQuitsOnQ() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 80, rows: 24)
        let screen = try tmux.waitFor { $0.contains("q quit") }
        #expect(screen.contains("C4S Workbench 0.1.0"))
        #expect(screen.contains("1 Kernels") && screen.contains("2 Datasets") && screen.contains("job ‹ machine ›"))
        #expect(try tmux.query("#{alternate_on}") == "1")
        try tmux.resize(columns: 100, rows: 30)
        let resized = try tmux.waitFor { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[29].contains("q quit")
        }
        #expect(resized.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(29).first?.contains("q quit") == true)
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains("EXITED") }
        #expect(after.contains("EXITED 0"))
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
    }

    @Test func runAKernelWatchTheChartExportAndReadItBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let h5 = dir.appendingPathComponent("session.h5")
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 100, rows: 30)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send(":")
        try tmux.send("-l", "run machine --array-mib 16 --repetitions 40 --dgemm-size 64 --dgemm-repetitions 2")
        try tmux.send("Enter")
        // The chart draws braille while the job runs, and the UI answers keys meanwhile.
        let running = try tmux.waitFor { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }
        #expect(running.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "no chart: \(running)")
        try tmux.send("?")
        #expect(try tmux.waitFor(timeout: 5) { $0.contains("─ Keys ─") }.contains("─ Keys ─"))
        try tmux.send("Escape")
        let done = try tmux.waitFor { $0.contains("run 1 done") }
        #expect(done.contains("run 1 done") && done.contains("GB/s"))
        try tmux.send("e")
        try tmux.send("C-u")
        try tmux.send("-l", h5.path)
        try tmux.send("Enter")
        let written = try tmux.waitFor { $0.contains("wrote run 1 to") }
        #expect(written.contains("wrote run 1 to \(h5.path)"))
        try tmux.send("5")
        #expect(try tmux.waitFor { $0.contains("run▲") }.contains("machine"))
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
        #expect(try tmux.query("#{alternate_on}") == "0")
        let inspect = try BuiltProduct.run(["inspect", h5.path])
        #expect(inspect.status == 0 && inspect.stdout.contains("/metrics/triad_all_cores"))
    }

    @Test func carbonMapCursorMovesAndReadsOut() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 100, rows: 30)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send("4")
        let map = try tmux.waitFor { $0.contains("pCO2_sw = ") }
        let readout = { (text: String) in text.split(separator: "\n").first { $0.contains("pCO2_sw = ") }.map(String.init) ?? "" }
        #expect(readout(map).contains("uatm"))
        try tmux.send("L")
        let moved = try tmux.waitFor { readout($0) != readout(map) }
        #expect(readout(moved) != readout(map), "the readout did not change")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
    }

    @Test func regionBoxReadoutFitsFromEightyToOneHundredTwentyColumns() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 80, rows: 24)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send("4")
        try tmux.waitFor { $0.contains("pCO2_sw = ") }
        try tmux.send("m")
        try tmux.send("l")
        try tmux.send("l")
        try tmux.send("j")
        try tmux.waitFor { $0.contains("Esc") && $0.contains("box ") }
        try tmux.send("Enter")
        let regionLine = { (text: String) in text.split(separator: "\n").first { $0.contains("km²") }.map(String.init) ?? "" }
        let complete = { (line: String) in line.range(of: #"[0-9]+/[0-9]+ cells"#, options: .regularExpression) != nil }
        let narrow = regionLine(try tmux.waitFor { complete(regionLine($0)) })
        #expect(complete(narrow) && narrow.contains("mean ") && narrow.contains("uatm"), "80 columns: \(narrow)")
        try tmux.resize(columns: 120, rows: 36)
        let wide = regionLine(try tmux.waitFor { regionLine($0).contains("takahashi09-month01") })
        #expect(complete(wide) && wide.contains("mean ") && wide.contains("takahashi09-month01"), "120 columns: \(wide)")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
    }

    @Test func adkTrajectoryStepsFramesAndTheRMSDChanges() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 120, rows: 36)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send("3")
        var screen = try tmux.waitFor { $0.contains("Molecules:") }
        for _ in 0..<20 where !screen.contains("Molecules: adk-dims") {
            let before = screen
            try tmux.send("d")
            screen = try tmux.waitFor { $0 != before }
        }
        screen = try tmux.waitFor { $0.contains("frame 1/98") }
        let rmsdLine = { (text: String) in text.split(separator: "\n").first { $0.contains("RMSD to frame 1") }.map(String.init) ?? "" }
        #expect(rmsdLine(screen).contains("RMSD to frame 1: 0.00 Å") && screen.contains("Ramachandran"))
        try tmux.send("Right")
        try tmux.send("Right")
        try tmux.send("Right")
        let fourth = try tmux.waitFor { $0.contains("frame 4/98") }
        #expect(!rmsdLine(fourth).contains("0.00 Å"), "RMSD did not change: \(rmsdLine(fourth))")
        try tmux.send("End")
        #expect(try tmux.waitFor { $0.contains("frame 98/98") }.contains("RMSD to frame 1: 6.95 Å"))
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
    }

    /// An xterm mouse report (X10 encoding, as ncurses reads it for TERM=screen-256color):
    /// ESC [ M, then 32 + code, 33 + column, 33 + row; code 0 = button 1 down, 32 = motion with
    /// button 1 held (mode 1002), 3 = release.
    static func mouseReport(_ code: Int, row: Int, column: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + code))) + String(UnicodeScalar(UInt8(33 + column)))
            + String(UnicodeScalar(UInt8(33 + row)))
    }

    @Test func mouseDragRotatesTheMolecule() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 110, rows: 36)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send("3")
        let before = try tmux.waitFor { $0.contains("frame 1/24") }
        try tmux.send("-l", Self.mouseReport(0, row: 10, column: 30))
        for column in stride(from: 34, through: 70, by: 4) {
            try tmux.send("-l", Self.mouseReport(32, row: 10, column: column))
        }
        try tmux.send("-l", Self.mouseReport(3, row: 10, column: 70))
        let after = try tmux.waitFor(timeout: 10) { $0 != before && $0.contains("frame 1/24") }
        #expect(after != before, "the structure did not turn")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXITED") }.contains("EXITED 0"))
    }

    @Test func ctrlCDuringARunStopsItAndRestoresTheTerminal() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 100, rows: 30)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send(":")
        try tmux.send("-l", "run machine --array-mib 64 --repetitions 1000 --dgemm-size 64")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("run 1 running") }.contains("run 1 running"))
        try tmux.send("C-c")
        #expect(try tmux.waitFor(timeout: 10) { $0.contains("EXITED") }.contains("EXITED 130"))
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = try TmuxSession(command: BuiltProduct.c4s.path, columns: 80, rows: 24)
        try tmux.waitFor { $0.contains("q quit") }
        try tmux.send("C-c")
        let after = try tmux.waitFor { $0.contains("EXITED") }
        #expect(after.contains("EXITED 130"))
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
    }

    @Test func withoutATerminalItSaysWhatToDoInstead() throws {
        let r = try BuiltProduct.run([])
        #expect(r.status != 0)
        #expect(r.stderr.contains("needs an interactive terminal"))
    }
}
