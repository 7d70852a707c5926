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
