import CNcursesW
import Foundation

/// The ncurses edge of the workbench: owns the terminal between `open()` and `close()`.
///
/// All curses calls happen on the thread that opened it. `close()` restores the terminal and
/// is safe to call twice; it also runs at process exit if the program leaves another way.
final class CursesTerminal {
    private(set) var isOpen = false

    /// Puts the terminal in full-screen mode: locale for wide characters, no echo, cbreak (Ctrl-C
    /// still signals), keypad keys, hidden cursor, default colours, and a 100 ms input tick.
    /// - Throws: `TerminalError.notATerminal` when stdin/stdout is not a terminal or TERM is unusable.
    func open() throws {
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
        timeout(100)
        if has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_CYAN), -1)
            init_pair(2, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        }
    }

    /// Leaves full-screen mode and restores the terminal's previous state.
    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
    }

    /// Terminal size in cells.
    var size: (rows: Int, columns: Int) {
        var y: Int32 = 0, x: Int32 = 0
        c4s_getmaxyx(c4s_stdscr(), &y, &x)
        return (Int(y), Int(x))
    }

    /// Waits up to one tick for a key. Returns nil on timeout, `.resize` on KEY_RESIZE.
    func nextKey() -> TerminalKey? {
        var ch: wint_t = 0
        let status = get_wch(&ch)
        if status == c4s_ERR() { return nil }
        if status == c4s_KEY_CODE_YES() {
            return Int32(ch) == c4s_KEY_RESIZE() ? .resize : .special(Int32(ch))
        }
        return Unicode.Scalar(UInt32(ch)).map { .character(Character($0)) } ?? nil
    }

    /// Clears the screen buffer.
    func clear() {
        erase()
    }

    /// Writes text at a cell, clipped to the screen; `emphasis` selects bold, title or bar style.
    func put(_ text: String, row: Int, column: Int, style: TextStyle = .plain) {
        let (rows, columns) = size
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        let clipped = String(text.prefix(columns - column))
        let attributes: Int32 = switch style {
        case .plain: c4s_A_NORMAL()
        case .bold: c4s_A_BOLD()
        case .title: c4s_A_BOLD() | c4s_COLOR_PAIR(1)
        case .bar: c4s_COLOR_PAIR(2) | c4s_A_BOLD()
        case .dim: c4s_A_DIM()
        }
        attron(attributes)
        let scalars = clipped.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        scalars.withUnsafeBufferPointer { _ = mvaddwstr(Int32(row), Int32(column), $0.baseAddress) }
        attroff(attributes)
    }

    /// Sends the screen buffer to the terminal.
    func present() {
        refresh()
    }
}

/// A key read from the terminal.
enum TerminalKey: Equatable {
    case character(Character)
    case special(Int32)
    case resize
}

/// How a piece of text is drawn.
enum TextStyle {
    case plain, bold, title, bar, dim
}
