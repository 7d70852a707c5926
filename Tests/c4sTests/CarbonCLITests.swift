import C4SCore
import Foundation
import Testing

/// `c4s carbon budget` end to end: identities, the latest-year estimate, the CSV export, a refused parameter.
@Suite struct CarbonCLITests {
    @Test func budgetEstimatesTheLatestYearsAndWritesOneCSVRowPerYear() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-carbon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("budget.csv")
        let r = try BuiltProduct.run(["carbon", "budget", "--latest", "--export", csv.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("identity_failures") && r.stdout.contains("ocean_sink_2023") && r.stdout.contains("land_sink_residual_2025"))
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == 1 + 67 && lines[0].hasPrefix("year,gcb_fossil [GtC/yr]"))

        let refused = try BuiltProduct.run(["carbon", "budget", "--hindcast", "--hindcast-from", "1900"])
        #expect(refused.status != 0 && refused.stderr.contains("hindcast-from"), "\(refused.stderr)")
    }

    @Test func everyCarbonCommandHasHelp() throws {
        for command in [["carbon"], ["carbon", "flux"], ["carbon", "budget"], ["carbon", "emulate", "ocean"]] {
            let r = try BuiltProduct.run(command + ["--help"])
            #expect(r.status == 0 && r.stdout.contains("USAGE: c4s"), "\(command) --help: \(r.stdout)")
        }
    }
}
