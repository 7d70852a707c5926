@testable import C4STUI
import Testing

@Suite struct ScreenModelTests {
    @Test func writesClipAtTheEdgesAndReadBackAsText() {
        var s = ScreenBuffer(rows: 2, columns: 6)
        s.write("hello world", row: 0, column: 2)
        s.write("xy", row: 1, column: -1)
        s.write("nope", row: 5, column: 0)
        #expect(s.text == "  hell\ny     ")
        #expect(s[0, 2].scalar == "h")
    }

    @Test func brailleDotsMapToTheUnicodePattern() {
        var c = BrailleCanvas(columns: 1, rows: 1)
        c.set(x: 0, y: 0)
        #expect(c.character(row: 0, column: 0) == "\u{2801}")
        c.set(x: 1, y: 3)
        #expect(c.character(row: 0, column: 0) == "\u{2881}")
        var all = BrailleCanvas(columns: 1, rows: 1)
        for x in 0..<2 { for y in 0..<4 { all.set(x: x, y: y) } }
        #expect(all.character(row: 0, column: 0) == "\u{28FF}")
        #expect(BrailleCanvas(columns: 1, rows: 1).character(row: 0, column: 0) == nil)
    }

    @Test func blockFallbackUsesHalfBlocks() {
        var c = BrailleCanvas(columns: 2, rows: 1, braille: false)
        c.line(from: (0, 0), to: (1, 1))
        #expect(c.character(row: 0, column: 0) == "▀")
        #expect(c.character(row: 0, column: 1) == "▄")
    }

    @Test func colorModeRespectsNoColorAndCounts() {
        #expect(ColorMode.detect(colors: 256, environment: [:]) == .full)
        #expect(ColorMode.detect(colors: 8, environment: [:]) == .basic)
        #expect(ColorMode.detect(colors: 2, environment: [:]) == .monochrome)
        #expect(ColorMode.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
    }

    @Test func layoutSplitsTheMainArea() {
        let one = WorkbenchLayout(rows: 24, columns: 80, split: false)
        #expect(one.main == Rect(row: 1, column: 14, height: 21, width: 66))
        #expect(one.second == nil && one.footer.row == 23 && one.status.row == 22)
        let two = WorkbenchLayout(rows: 24, columns: 80, split: true)
        #expect(two.main.width == 33 && two.second?.column == 47)
    }
}
