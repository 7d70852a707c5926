@testable import C4STUI
import Testing

@Suite struct ThemeTests {
    @Test func bundledThemesDefineEveryRoleInBothPalettes() throws {
        #expect(Theme.bundledNames == ["amber", "high-contrast", "standard"])
        for name in Theme.bundledNames {
            let theme = try Theme.bundled(name)
            #expect(theme.name == name)
            for role in ColorRole.allCases {
                #expect(theme.palette256[role.name] != nil && theme.palette8[role.name] != nil, "\(name) lacks \(role.name)")
                #expect((-1...255).contains(theme.colors(role, mode: .full).foreground))
                #expect((-1...7).contains(theme.colors(role, mode: .basic).background))
            }
        }
    }

    @Test func unknownThemeNamesTheValidOnes() {
        #expect(throws: ThemeError.unknown("neon", available: ["amber", "high-contrast", "standard"])) { try Theme.bundled("neon") }
    }
}
