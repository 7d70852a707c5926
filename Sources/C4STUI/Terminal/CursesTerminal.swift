import CNcursesW
import Foundation

/// The ncurses edge of the workbench: owns the terminal between `open()` and `close()` and
/// renders `ScreenBuffer`s, sending only the cells that changed since the previous frame.
///
/// All curses calls happen on the thread that opened it. `close()` restores the terminal and is
/// safe to call twice; it also runs at process exit if the program leaves another way.
final class CursesTerminal {
    private(set) var isOpen = false
    private(set) var colorMode = ColorMode.monochrome
    private var previous: ScreenBuffer?
    private var pairs: [ColorRole: Int16] = [:]
    private var palettePairs: [UInt16: Int16] = [:]
    /// Button 1 is down: a further press event is motion of a drag.
    private var buttonHeld = false

    /// Puts the terminal in full-screen mode: locale for wide characters, no echo, cbreak (Ctrl-C
    /// still signals), keypad keys, mouse clicks and wheel, hidden cursor, default colours, and a
    /// `tick`-millisecond input timeout.
    /// - Throws: `TerminalError` when stdin/stdout is not a terminal or TERM is unusable.
    func open(theme: Theme, tick: Int32) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        _ = c4s_setlocale_all()
        guard c4s_newterm_stdio() != nil else {
            throw TerminalError.unusableTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "(unset)")
        }
        isOpen = true
        atexit { endwin() }
        cbreak()
        noecho()
        keypad(c4s_stdscr(), true)
        curs_set(0)
        timeout(tick)
        set_escdelay(25)
        c4s_enable_mouse()
        if has_colors() { start_color() }      // COLORS is known only after start_color
        colorMode = has_colors() ? ColorMode.detect(colors: Int(c4s_COLORS()), environment: ProcessInfo.processInfo.environment) : .monochrome
        if colorMode != .monochrome {
            use_default_colors()
            for (i, role) in ColorRole.allCases.enumerated() {
                let colors = theme.colors(role, mode: colorMode)
                init_pair(Int16(i + 1), colors.foreground, colors.background)
                pairs[role] = Int16(i + 1)
            }
        }
    }

    /// Leaves full-screen mode and restores the terminal's previous state.
    func close() {
        guard isOpen else { return }
        isOpen = false
        c4s_disable_mouse_motion()
        endwin()
    }

    /// Terminal size in cells.
    var size: (rows: Int, columns: Int) {
        var y: Int32 = 0, x: Int32 = 0
        c4s_getmaxyx(c4s_stdscr(), &y, &x)
        return (Int(y), Int(x))
    }

    /// Waits up to one tick for input. Returns nil on timeout.
    func nextKey() -> Key? {
        var ch: wint_t = 0
        let status = get_wch(&ch)
        if status == c4s_ERR() { return nil }
        if status == c4s_KEY_CODE_YES() {
            let code = Int32(ch)
            if code == c4s_KEY_RESIZE() {
                previous = nil
                return .resize
            }
            if code == c4s_KEY_MOUSE() {
                var row: Int32 = 0, column: Int32 = 0, kind: Int32 = 0
                guard c4s_read_mouse(&row, &column, &kind) == c4s_OK() else { return nil }
                guard let mouse = dragAware(MouseKind(rawValue: kind) ?? .click) else { return nil }
                return .mouse(row: Int(row), column: Int(column), kind: mouse)
            }
            return Key(cursesCode: code)
        }
        return Key(character: UInt32(ch))
    }

    /// Turns a press while button 1 is already down into drag motion; drops motion without a button.
    private func dragAware(_ kind: MouseKind) -> MouseKind? {
        switch kind {
        case .click:
            defer { buttonHeld = true }
            return buttonHeld ? .drag : .click
        case .drag: return buttonHeld ? .drag : nil
        case .release:
            buttonHeld = false
            return .release
        case .wheelUp, .wheelDown: return kind
        }
    }

    /// Sends the cells of `buffer` that differ from the last frame, then refreshes.
    func render(_ buffer: ScreenBuffer) {
        let full = previous == nil || previous!.rows != buffer.rows || previous!.columns != buffer.columns
        if full { erase() }
        for r in 0..<buffer.rows {
            for c in 0..<buffer.columns {
                let cell = buffer[r, c]
                if !full, previous![r, c] == cell { continue }
                draw(cell, row: r, column: c)
            }
        }
        previous = buffer
        refresh()
    }

    /// Forgets the last frame so the next render redraws everything.
    func invalidate() {
        previous = nil
    }

    /// The colour pair for explicit palette colours, made on first use; the text pair when the
    /// terminal has no pairs left.
    private func palettePair(_ colors: (foreground: UInt8, background: UInt8)) -> Int16 {
        let key = UInt16(colors.foreground) << 8 | UInt16(colors.background)
        if let pair = palettePairs[key] { return pair }
        let next = ColorRole.allCases.count + 1 + palettePairs.count
        guard next < min(Int(c4s_COLOR_PAIRS()), Int(Int16.max)) else { return pairs[.text] ?? 0 }
        init_pair(Int16(next), Int16(colors.foreground), Int16(colors.background))
        palettePairs[key] = Int16(next)
        return Int16(next)
    }

    private func draw(_ cell: ScreenBuffer.Cell, row: Int, column: Int) {
        var attributes = cell.style.bold ? c4s_A_BOLD() : c4s_A_NORMAL()
        var pair: Int16 = 0
        if colorMode == .monochrome {
            switch cell.style.role {
            case .bar, .selection: attributes |= c4s_A_REVERSE()
            case .title, .error: attributes |= c4s_A_BOLD()
            case .dim: attributes |= c4s_A_DIM()
            default: break
            }
        } else if let colors = cell.style.palette, colorMode == .full {
            pair = palettePair(colors)
        } else {
            pair = pairs[cell.style.role] ?? 0
        }
        var wide: [wchar_t] = [wchar_t(bitPattern: cell.scalar.value), 0]
        var cc = cchar_t()
        setcchar(&cc, &wide, attr_t(attributes), pair, nil)
        mvadd_wch(Int32(row), Int32(column), &cc)
    }
}
