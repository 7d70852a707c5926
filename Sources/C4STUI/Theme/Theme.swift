import Foundation

/// Colours for each role, for terminals with 256 colours and with 8; `-1` is the terminal's own
/// default colour (`use_default_colors`), so the user's palette is respected. Themes are JSON files
/// in the module's `Resources/themes/` (standard, amber, high-contrast); pick one with `C4S_THEME`.
public struct Theme: Sendable, Codable, Equatable {
    /// Foreground and background colour indices.
    public struct Colors: Sendable, Equatable, Codable {
        /// Foreground index (-1 = default).
        public var foreground: Int16
        /// Background index (-1 = default).
        public var background: Int16
    }

    /// Theme name.
    public let name: String
    /// One line about the theme.
    public let description: String
    /// Colours on 256-colour terminals, by role name.
    public let palette256: [String: Colors]
    /// Colours on 8-colour terminals, by role name.
    public let palette8: [String: Colors]

    /// The colours of a role in a colour mode (the terminal's defaults when the theme omits it).
    public func colors(_ role: ColorRole, mode: ColorMode) -> Colors {
        (mode == .full ? palette256 : palette8)[role.name] ?? Colors(foreground: -1, background: -1)
    }

    /// Names of the bundled themes, sorted.
    public static var bundledNames: [String] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("themes"),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A bundled theme by name.
    /// - Throws: `ThemeError` naming the valid themes when there is none of that name or it is malformed.
    public static func bundled(_ name: String) throws -> Theme {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "themes") else {
            throw ThemeError.unknown(name, available: bundledNames)
        }
        do {
            return try JSONDecoder().decode(Theme.self, from: Data(contentsOf: url))
        } catch {
            throw ThemeError.malformed(url.path, reason: String(describing: error))
        }
    }
}

/// A theme that cannot be used.
public enum ThemeError: Error, CustomStringConvertible, Equatable {
    case unknown(String, available: [String])
    case malformed(String, reason: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .unknown(let name, let available): "no theme '\(name)'; themes: \(available.joined(separator: ", "))"
        case .malformed(let path, let reason): "\(path): not a valid theme: \(reason)"
        }
    }
}
