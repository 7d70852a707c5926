import Foundation
import Testing
import C4SIO
@testable import C4SLearn

@Suite struct DenseNetworkStorageTests {
    func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("c4s-learn-\(UInt64.random(in: 0...UInt64.max)).h5")
    }

    @Test func networkSurvivesAnHDF5RoundTripBitForBit() throws {
        let network = DenseNetwork(layerSizes: [2, 9, 9, 3], activations: [.silu, .celu, .identity],
                                   parameters: DenseNetwork(layerSizes: [2, 9, 9, 3], hidden: .silu, seed: 3).parameters)
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(to: url) { try network.write(into: $0.root.createGroup("network")) }
        let file = try HDF5File.open(at: url)
        let read = try DenseNetwork(reading: file.root.openGroup("network"), file: url.path)
        #expect(read == network)
        #expect(read.evaluate([0.3, -1.2]) == network.evaluate([0.3, -1.2]))
    }

    @Test func aWrongParameterCountIsReportedWithTheFileAndWhatIsNeeded() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(to: url) { file in
            let g = try file.root.createGroup("network")
            try g.writeDataset("layer_sizes", values: [Int64(2), 3, 1], shape: [3])
            try g.writeStrings("activations", ["tanh", "identity"])
            try g.writeDataset("parameters", values: [Double](repeating: 0, count: 7), shape: [7])
        }
        let file = try HDF5File.open(at: url)
        #expect(throws: LearnError(location: "\(url.path):/network", reason: "7 parameters, layer_sizes [2, 3, 1] need 13")) {
            try DenseNetwork(reading: file.root.openGroup("network"), file: url.path)
        }
    }
}
