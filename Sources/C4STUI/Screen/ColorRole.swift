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

    /// The role's name in theme files.
    public var name: String {
        switch self {
        case .text: "text"
        case .dim: "dim"
        case .bar: "bar"
        case .title: "title"
        case .selection: "selection"
        case .error: "error"
        case .good: "good"
        case .series1: "series1"
        case .series2: "series2"
        case .series3: "series3"
        case .series4: "series4"
        }
    }
}

/// How one cell is drawn: a colour role plus emphasis, or explicit 256-palette colours (maps).
public struct CellStyle: Sendable, Hashable {
    /// The colour role.
    public var role: ColorRole
    /// Bold text.
    public var bold: Bool
    /// Explicit foreground and background from the 256-colour palette; when set they replace the
    /// role's colours (on 256-colour terminals only).
    public var palette: (foreground: UInt8, background: UInt8)? {
        get { paletteColors.map { (UInt8($0 >> 8), UInt8($0 & 0xff)) } }
        set { paletteColors = newValue.map { UInt16($0.foreground) << 8 | UInt16($0.background) } }
    }
    private var paletteColors: UInt16?

    /// Creates a style.
    public init(_ role: ColorRole = .text, bold: Bool = false) {
        self.role = role
        self.bold = bold
    }

    /// A style with explicit palette colours (e.g. a half-block map cell).
    public static func colors(foreground: UInt8, background: UInt8) -> CellStyle {
        var s = CellStyle()
        s.palette = (foreground, background)
        return s
    }

    /// Plain text.
    public static let plain = CellStyle()
}
