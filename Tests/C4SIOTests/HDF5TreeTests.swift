import C4SIO
import Foundation
import Testing

struct HDF5TreeTests {
    /// Every node of a tree, depth first.
    private func allNodes(_ node: HDF5TreeNode) -> [HDF5TreeNode] {
        [node] + node.children.flatMap(allNodes)
    }

    @Test("the tree of cobrotoxin.h5md shows /particles, the position dataset and hard links")
    func cobrotoxin() throws {
        let url = try HDF5TestSupport.mirrorFile("molecules/cobrotoxin.h5md")
        let tree = try HDF5Tree.read(from: url)
        #expect(tree.node(at: "/particles")?.kind == .group)
        let position = try #require(tree.node(at: "/particles/trajectory/position/value"))
        guard case .dataset(let shape, let type, _, _) = position.kind else {
            Issue.record("position/value is \(position.kind)")
            return
        }
        #expect(shape == [3, 19385, 3])
        #expect(type == "float32")
        #expect(position.attributes.first { $0.name == "unit" }?.summary == "\"nm\"")
        #expect(tree.node(at: "/particles/trajectory/position/step")?.note == "hard link to /observables/lambda/step")

        let text = tree.rendered()
        #expect(text.contains("/particles  Group"))
        #expect(text.contains("/particles/trajectory/position/value  Dataset {3, 19385, 3} float32"))
        #expect(text.contains("@unit = \"nm\""))
        #expect(text.contains("@boundary = [\"periodic\", \"periodic\", \"periodic\"]"))
    }

    @Test("the tree of a netCDF-4 file shows chunks, filters, dimension scales and references")
    func netCDF() throws {
        let url = try HDF5TestSupport.mirrorFile("carbon/ersstv5-2010-2020.nc")
        let tree = try HDF5Tree.read(from: url)
        let sst = try #require(tree.node(at: "/sst"))
        #expect(sst.kind == .dataset(shape: [128, 89, 180], type: "float32", chunks: [1, 89, 180],
                                     compression: "shuffle+deflate(2)"))
        let dimensionList = sst.attributes.first { $0.name == "DIMENSION_LIST" }?.summary
        #expect(dimensionList == "<{3} vlen of object reference>")
        let references = tree.node(at: "/lat")?.attributes.first { $0.name == "REFERENCE_LIST" }?.summary
        #expect(references?.contains("object reference") == true)
        #expect(tree.node(at: "/lat")?.attributes.first { $0.name == "_FillValue" }?.summary == "[nan]")
        #expect(tree.root.attributes.first { $0.name == "Conventions" }?.summary == "\"CF-1.6, ACDD-1.3\"")
        let text = tree.rendered()
        #expect(text.contains("/sst  Dataset {128, 89, 180} float32  chunks {1,89,180} shuffle+deflate(2)"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 200 })
    }

    @Test("every object and attribute of the mirrored HDF5 and netCDF-4 files is described",
          arguments: ["molecules/cobrotoxin.h5md", "molecules/test-small.h5md", "carbon/ersstv5-2010-2020.nc",
                      "carbon/socat2010/20100101_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100201_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100301_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100401_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100501_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100601_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100701_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100801_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20100901_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20101001_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20101101_OCF-CO2-GLO-1M-KRG-CLIM.nc",
                      "carbon/socat2010/20101201_OCF-CO2-GLO-1M-KRG-CLIM.nc"])
    func mirroredFiles(relativePath: String) throws {
        let url = try HDF5TestSupport.mirrorFile(relativePath)
        let tree = try HDF5Tree.read(from: url)
        let nodes = allNodes(tree.root)
        #expect(nodes.contains { if case .dataset = $0.kind { true } else { false } })
        for node in nodes {
            #expect(node.kind != .other, "\(node.path): \(node.note ?? "")")
            #expect(node.note.map { !$0.contains("unreadable") } ?? true, "\(node.path): \(node.note ?? "")")
            if case .dataset(_, let type, _, _) = node.kind { #expect(type != "unreadable", "\(node.path)") }
            for attribute in node.attributes {
                #expect(!attribute.summary.isEmpty)
                #expect(attribute.summary != "<unreadable>", "\(node.path)@\(attribute.name)")
                #expect(attribute.summary.count <= 60)
            }
        }
        let lines = tree.rendered().split(separator: "\n")
        let objectLines = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("@") }
        #expect(objectLines.count == nodes.count)
    }

    @Test("the tree of a file this module wrote, rendered")
    func ownFile() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("own.h5")
            let file = try HDF5File.create(at: url)
            let group = try file.root.createGroup("results")
            try group.setAttribute("title", .string(String(repeating: "long title ", count: 10)))
            try group.writeDataset("energy", values: [Float(1), 2, 3, 4], shape: [2, 2], chunks: [1, 2], deflateLevel: 4)
                .setAttribute("units", .string("kJ/mol"))
            try group.writeDataset("steps", values: [Int64(5)], shape: [])
            try file.close()

            let text = try HDF5Tree.read(from: url).rendered()
            let expected = """
            /  Group
              /results  Group
                  @title = "long title long title long title long title long title lon…
                /results/energy  Dataset {2, 2} float32  chunks {1,2} deflate(4)
                    @units = "kJ/mol"
                /results/steps  Dataset {scalar} int64

            """
            #expect(text == expected)
        }
    }

    @Test("a file that is not HDF5 gives an HDF5Error")
    func notHDF5() throws {
        let url = try HDF5TestSupport.mirrorFile("carbon/noaa-co2-annmean-gl.csv")
        #expect(throws: HDF5Error.self) { try HDF5Tree.read(from: url) }
    }
}
