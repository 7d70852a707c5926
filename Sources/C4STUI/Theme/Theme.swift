/// Colours for each role, for terminals with 256 colours and with 8; `-1` is the terminal's own
/// default colour (`use_default_colors`), so the user's palette is respected.
public struct Theme: Sendable {
    /// Foreground and background colour indices.
    public struct Colors: Sendable, Equatable {
        /// Foreground index (-1 = default).
        public var foreground: Int16
        /// Background index (-1 = default).
        public var background: Int16
    }

    /// Theme name.
    public let name: String
    /// Colours on 256-colour terminals.
    public let palette256: [ColorRole: Colors]
    /// Colours on 8-colour terminals.
    public let palette8: [ColorRole: Colors]

    /// The default dark-on-default theme.
    public static let standard = Theme(
        name: "standard",
        palette256: [
            .text: .init(foreground: -1, background: -1), .dim: .init(foreground: 245, background: -1),
            .bar: .init(foreground: 16, background: 37), .title: .init(foreground: 81, background: -1),
            .selection: .init(foreground: 16, background: 117), .error: .init(foreground: 203, background: -1),
            .good: .init(foreground: 114, background: -1), .series1: .init(foreground: 81, background: -1),
            .series2: .init(foreground: 215, background: -1), .series3: .init(foreground: 170, background: -1),
            .series4: .init(foreground: 114, background: -1),
        ],
        palette8: [
            .text: .init(foreground: -1, background: -1), .dim: .init(foreground: 7, background: -1),
            .bar: .init(foreground: 0, background: 6), .title: .init(foreground: 6, background: -1),
            .selection: .init(foreground: 0, background: 6), .error: .init(foreground: 1, background: -1),
            .good: .init(foreground: 2, background: -1), .series1: .init(foreground: 6, background: -1),
            .series2: .init(foreground: 3, background: -1), .series3: .init(foreground: 5, background: -1),
            .series4: .init(foreground: 2, background: -1),
        ])
}

/// How many colours the terminal shows, decided once at start.
public enum ColorMode: Sendable, Equatable {
    /// 256 colours.
    case full
    /// The 8 ANSI colours.
    case basic
    /// No colour: emphasis by bold and reverse video only (also when `NO_COLOR` is set).
    case monochrome

    /// The mode for a terminal with `colors` colours, honouring `NO_COLOR`.
    public static func detect(colors: Int, environment: [String: String]) -> ColorMode {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .monochrome }
        if colors >= 256 { return .full }
        if colors >= 8 { return .basic }
        return .monochrome
    }
}
