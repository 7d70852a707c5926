import C4SCore
import C4SSpectral
import Foundation
import Testing

@Suite struct FFTWisdomTests {
    @Test func wisdomRoundTripsThroughTheUserCache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-wisdom-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CACHE_HOME": folder.path]
        let url = FFTWisdom.defaultURL(environment: environment)
        #expect(url.path == folder.path + "/c4s/fftw-wisdom.txt")
        #expect(try FFTWisdom.load(from: url) == false, "no file yet: nothing to load")

        _ = try FFTPlan(FFTPlanKey(dims: [96], kind: .c2c, direction: .forward, effort: .measure))
        try FFTWisdom.save(to: url)
        let saved = try String(contentsOf: url, encoding: .utf8)
        let entries = saved.split(separator: "\n").filter { $0.hasPrefix("  (") }
        #expect(saved.hasPrefix("(fftw-3") && !entries.isEmpty)

        FFTWisdom.forget()
        // Other tests may plan concurrently and re-create shared sub-plan entries, never the size-96 ones.
        let forgotten = FFTWisdom.current()
        #expect(!entries.allSatisfy { forgotten.contains($0) })
        #expect(try FFTWisdom.load(from: url))
        let restored = FFTWisdom.current()
        #expect(entries.allSatisfy { restored.contains($0) })

        let garbage = folder.appendingPathComponent("garbage.txt")
        try "not wisdom".write(to: garbage, atomically: true, encoding: .utf8)
        #expect(throws: SpectralError.wisdomImportFailed(path: garbage.path)) { try FFTWisdom.load(from: garbage) }
    }
}
