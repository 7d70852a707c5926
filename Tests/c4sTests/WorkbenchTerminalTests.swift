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
