import C4SWorkbench
import Testing

@Suite struct ParameterTests {
    let specs = [
        ParameterSpec("size", "grid size", kind: .shape(ranks: 1...3, side: 1...100_000), default: .shape([64, 64])),
        ParameterSpec("steps", "time steps", kind: .int(1...1000), default: .int(10)),
        ParameterSpec("engine", "engine", kind: .choice(["reference", "vectorized"]), default: .string("reference")),
        ParameterSpec("alpha", "coefficient", kind: .double(0...1), default: .double(0.25)),
        ParameterSpec("verify", "check", kind: .bool, default: .bool(true)),
        ParameterSpec("matrix", "matrix id", kind: .dataset(kinds: ["matrix"])),
    ]

    @Test func defaultsFillInAndGivenValuesParse() throws {
        let p = try JobParameters(validating: ["matrix": "bcsstk13", "size": "128x256", "engine": "Vectorized", "verify": "no"],
                                  against: specs, job: "demo")
        #expect(p.shape("size") == [128, 256])
        #expect(p.int("steps") == 10)
        #expect(p.string("engine") == "vectorized")
        #expect(p.double("alpha") == 0.25)
        #expect(p.bool("verify") == false)
        #expect(p.commandLine == "--size 128x256 --steps 10 --engine vectorized --alpha 0.25 --verify false --matrix bcsstk13")
    }

    @Test func invalidValuesNameTheParameterAndWhatIsValid() {
        func message(_ given: [String: String]) -> String {
            do {
                _ = try JobParameters(validating: given.merging(["matrix": "m"]) { a, _ in a }, against: specs, job: "demo")
                return "accepted"
            } catch {
                return String(describing: error)
            }
        }
        #expect(message(["steps": "0"]) == "--steps 0: not valid; expected an integer from 1 to 1000")
        #expect(message(["steps": "ten"]) == "--steps ten: not valid; expected an integer from 1 to 1000")
        #expect(message(["alpha": "nan"]) == "--alpha nan: not valid; expected a number from 0.0 to 1.0")
        #expect(message(["engine": "gpu"]) == "--engine gpu: not valid; expected one of reference, vectorized")
        #expect(message(["size": "64x"]).hasPrefix("--size 64x: not valid; expected 1 to 3 sizes joined by x"))
        #expect(message(["size": "1x2x3x4"]).hasPrefix("--size 1x2x3x4: not valid"))
        #expect(message(["verify": "maybe"]) == "--verify maybe: not valid; expected true or false")
        #expect(message(["stpes": "3"]) == "job 'demo' has no parameter --stpes; its parameters are --size, --steps, --engine, --alpha, --verify, --matrix")
    }

    @Test func missingRequiredParameterSaysWhatToGive() {
        #expect(throws: ParameterError.missing(name: "matrix", job: "demo",
                                               valid: "a dataset id of kind matrix (see `c4s datasets list`)")) {
            try JobParameters(validating: [:], against: specs, job: "demo")
        }
    }
}

@Suite struct OpenBLASCoreSelectionTests {
    @Test func choosesTheWidestKernelsTheFlagsAllow() {
        #expect(OpenBLASCoreSelection.preferredCoreType(cpuFlags: ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx2", "fma"]) == "SkylakeX")
        #expect(OpenBLASCoreSelection.preferredCoreType(cpuFlags: ["avx512f", "avx2", "fma"]) == "Haswell")
        #expect(OpenBLASCoreSelection.preferredCoreType(cpuFlags: ["sse4_2", "avx"]) == nil)
    }
}
