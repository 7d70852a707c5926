/// What a piece of the screen is, independent of the colours a theme gives it.
public enum ColorRole: Int, Sendable, CaseIterable, Hashable {
    /// Ordinary text on the terminal's own background.
    case text
    /// Secondary text (hints, units).
    case dim
    /// Header and footer bars.
    case bar
    /// Titles of panes and sections.
    case title
    /// The selected row of a focused list.
    case selection
    /// Errors and failed validations.
    case error
    /// Success messages.
    case good
    /// Chart series 1 to 4 (runs overlaid in distinct colours).
    case series1, series2, series3, series4
}

/// How one cell is drawn: a colour role plus emphasis.
public struct CellStyle: Sendable, Hashable {
    /// The colour role.
    public var role: ColorRole
    /// Bold text.
    public var bold: Bool

    /// Creates a style.
    public init(_ role: ColorRole = .text, bold: Bool = false) {
        self.role = role
        self.bold = bold
    }

    /// Plain text.
    public static let plain = CellStyle()
}
