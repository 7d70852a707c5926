/// Where each part of the screen goes: header bar, navigator, one or two panes, status line, footer.
/// Works from 80x24 up; smaller terminals get a message instead.
public struct WorkbenchLayout: Equatable {
    /// Navigator width in columns.
    public static let navigatorWidth = 14
    /// Smallest usable terminal.
    public static let minimum = (rows: 24, columns: 80)

    /// Header bar (row 0).
    public let header: Rect
    /// Navigator (left column).
    public let navigator: Rect
    /// The first pane.
    public let main: Rect
    /// The second pane when split.
    public let second: Rect?
    /// Status line (above the footer).
    public let status: Rect
    /// Footer of key hints (last row).
    public let footer: Rect

    /// The layout of a `rows` × `columns` screen.
    public init(rows: Int, columns: Int, split: Bool) {
        header = Rect(row: 0, column: 0, height: 1, width: columns)
        footer = Rect(row: rows - 1, column: 0, height: 1, width: columns)
        status = Rect(row: rows - 2, column: 0, height: 1, width: columns)
        let body = Rect(row: 1, column: 0, height: rows - 3, width: columns)
        let (nav, rest) = body.splitColumns(Self.navigatorWidth)
        navigator = nav
        if split {
            let (a, b) = rest.splitColumns(rest.width / 2)
            main = a
            second = b
        } else {
            main = rest
            second = nil
        }
    }
}
