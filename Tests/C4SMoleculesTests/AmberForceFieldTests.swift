import Foundation
import Testing
@testable import C4SMolecules

/// Reading OpenMM's ff14SB XML: contents and unit conversion against AMBER's own parameter files
/// (parm10.dat / frcmod.ff14SB, where E_bond = K (r − r₀)², so OpenMM's k = 2K).
@Suite struct AmberForceFieldTests {
    @Test func ff14SBHasItsTemplatesTypesAndScaling() throws {
        let ff = try MMTestSupport.ff14SB.get()
        #expect(ff.templates.count == 78)
        #expect(ff.atomTypes.count == 34)
        for name in ["ALA", "NALA", "CALA", "ACE", "NME", "HID", "HIE", "HIP", "CYX", "CYM", "PRO", "NPRO", "GLY", "CGLY"] {
            #expect(ff.templates[name] != nil, "template \(name)")
        }
        #expect(ff.templates["ACE"]!.atoms.map(\.name) == ["HH31", "CH3", "HH32", "HH33", "C", "O"])
        #expect(ff.improperOrdering == .amber)
        #expect(abs(ff.coulomb14Scale - 1 / 1.2) < 1e-12)
        #expect(ff.lennardJones14Scale == 0.5)
        #expect(ff.typeCharges.isEmpty)
    }

    @Test func parametersAreInAngstromAndKilocalories() throws {
        let ff = try MMTestSupport.ff14SB.get()
        let cc = try #require(ff.bondTypes.first { $0.matches("protein-C", "protein-C") })
        #expect(abs(cc.length - 1.525) < 1e-12)
        #expect(abs(cc.k - 2 * 310.0) < 1e-9)
        let ct = try #require(ff.lennardJones["protein-CT"])
        #expect(abs(ct.sigma * pow(2, 1.0 / 6) / 2 - 1.9080) < 1e-4)  // parm10 R* of CT
        #expect(abs(ct.epsilon - 0.1094) < 1e-12)
        let xcnx = try #require(ff.properTorsions.first { $0.types[1] == .types(["protein-C"]) && $0.types[2] == .types(["protein-N"]) && $0.hasWildcard })
        #expect(abs(xcnx.terms[0].k - 2.5) < 1e-12)  // X-C-N-X: 10.0/4 kcal/mol, n = 2
        #expect(xcnx.terms[0].periodicity == 2)
    }

    @Test func aMissingOverrideFileIsNamed() {
        #expect(throws: ForceFieldError.self) { try ForceFieldLocation.ff14SB(environment: ["C4S_FF14SB": "/nonexistent/ff.xml"]) }
        do {
            _ = try ForceFieldLocation.ff14SB(environment: ["C4S_FF14SB": "/nonexistent/ff.xml"])
        } catch {
            #expect(String(describing: error).contains("C4S_FF14SB=/nonexistent/ff.xml"))
        }
    }

    @Test func malformedXMLIsReportedWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-ff-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "<ForceField>\n<AtomTypes>\n<Type name=\"a\" class=\"A\" mass=\"x\"/>\n</AtomTypes>\n</ForceField>\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try AmberForceField(contentsOf: file)
            Issue.record("a non-numeric mass was accepted")
        } catch {
            #expect(String(describing: error).contains("line 3"))
            #expect(String(describing: error).contains("mass"))
        }
    }
}
