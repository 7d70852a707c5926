import C4SCore
import C4SIO
@testable import C4STUI
import Foundation
import Testing

@Suite struct TrajectoryPaneTests {
    static func braille(_ text: Substring) -> Int {
        text.unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }.count
    }

    @Test func adkPSFAndDCDStepFramesWithRamachandran() throws {
        let model = try ModelFixture.model()
        model.handle(.character("3"))
        while model.molecules.title != "adk-dims" { model.handle(.character("d")) }
        let first = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(first.contains("frame 1/98") && first.contains("t = 1 ps") && first.contains("3341 atoms"))
        #expect(first.contains("RMSD to frame 1: 0.00 Å"))
        #expect(first.contains("Ramachandran φ→ ψ↑ (212 residues)"))
        model.handle(.end)
        let last = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(last.contains("frame 98/98") && last.contains("RMSD to frame 1: 6.95 Å"))   // MDAnalysis: 6.9476
    }

    @Test func h5mdObservablesArePlottedWithTheCurrentFramesValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("md.h5md")
        let atoms = (0..<4).map { AtomRecord(name: "C\($0)", residueName: "", residueNumber: 0, chain: "", element: "C") }
        let frames = (0..<20).map { i in
            H5MDFrame(step: i, time: Double(i) * 0.1, positions: (0..<12).map { Double($0) + 0.1 * Double(i) },
                      observables: [.potentialEnergy: -50 - Double(i), .totalEnergy: -40, .temperature: 290 + Double(i)])
        }
        try H5MDExport.write(frames, atoms: atoms, contents: H5MDContents(observables: [.potentialEnergy, .totalEnergy, .temperature]),
                             provenance: H5MDProvenance(author: "t", program: "c4s", programVersion: "test"), to: url)
        let model = try ModelFixture.model()
        model.execute("open \(url.path)")
        let first = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(first.contains("Molecules: md.h5md") && first.contains("frame 1/20"))
        #expect(first.contains("Epot -50 kcal mol-1") && first.contains("Etot -40 kcal mol-1"))
        #expect(first.contains("T 290 K"))
        model.handle(.right)
        model.handle(.right)
        let third = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(third.contains("Epot -52 kcal mol-1") && third.contains("T 292 K"))
        #expect(!third.contains("Ramachandran"))
    }

    @Test func amberTopologyWithCompressedTrajectoryAndAnXYZFileOpen() throws {
        let model = try ModelFixture.model()
        model.handle(.character("3"))
        #expect(model.molecules.select(datasetID: "alanine-dipeptide-solvated"))
        let amber = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(amber.contains("frame 1/11") && amber.contains("5071 atoms"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-tui-\(UUID().uuidString).xyz")
        defer { try? FileManager.default.removeItem(at: url) }
        try "2\nfirst\nO 0 0 0\nH 0 0 1\n2\nsecond\nO 0 0 0\nH 0 0 1.5\n".write(to: url, atomically: true, encoding: .utf8)
        model.execute("open \(url.path)")
        let xyz = WorkbenchScreen.render(model, rows: 40, columns: 140).text
        #expect(xyz.contains("frame 1/2") && xyz.contains("2 atoms"))
    }

    @Test func openWithoutPositionsSaysWhatIsRead() throws {
        let model = try ModelFixture.model()
        model.execute("open /nonexistent/topology.psf")
        let text = WorkbenchScreen.render(model, rows: 30, columns: 140).text
        #expect(text.contains("no file with positions; this workbench reads .pdb, .psf, .dcd, .h5md, .xyz"))
    }
}
