import CNcursesW

/// A key press, mouse event or resize, as the workbench understands it.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace
    /// Ctrl-U: clear the line being edited.
    case clearLine
    case resize
    case mouse(row: Int, column: Int, kind: MouseKind)
    case other(Int32)

    /// From a character code returned by `get_wch` (not a key code).
    init?(character code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 21: self = .clearLine
        case 0..<32: self = .other(Int32(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .character(Character(scalar))
        }
    }

    /// From an ncurses key code (KEY_UP and friends).
    init(cursesCode code: Int32) {
        switch code {
        case c4s_KEY_UP(): self = .up
        case c4s_KEY_DOWN(): self = .down
        case c4s_KEY_LEFT(): self = .left
        case c4s_KEY_RIGHT(): self = .right
        case c4s_KEY_HOME(): self = .home
        case c4s_KEY_END(): self = .end
        case c4s_KEY_PPAGE(): self = .pageUp
        case c4s_KEY_NPAGE(): self = .pageDown
        case c4s_KEY_BTAB(): self = .backTab
        case c4s_KEY_BACKSPACE(): self = .backspace
        case c4s_KEY_ENTER(): self = .enter
        default: self = .other(code)
        }
    }
}

/// What the mouse did.
public enum MouseKind: Int32, Sendable, Equatable {
    /// Button 1 went down.
    case click = 0
    case wheelUp = 1
    case wheelDown = 2
    /// The pointer moved while button 1 is held.
    case drag = 3
    /// Button 1 went up.
    case release = 4
}
