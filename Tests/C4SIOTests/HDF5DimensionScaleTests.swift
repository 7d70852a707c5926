import C4SIO
import Foundation
import Testing

struct HDF5DimensionScaleTests {
    @Test("dimension scales are recorded as HDF5 (and netCDF-4, xarray) expect, per h5dump")
    func dimensionScales() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("grid.h5")
            let file = try HDF5File.create(at: url)
            let latitude = try file.root.writeDataset("lat", values: [-45.0, 0, 45], shape: [3])
            let longitude = try file.root.writeDataset("lon", values: [0.0, 90, 180, 270], shape: [4])
            let field = try file.root.writeDataset("flux", values: (0..<12).map(Double.init), shape: [3, 4])
            try latitude.makeDimensionScale(name: "lat")
            try longitude.makeDimensionScale(name: "lon")
            try field.attachDimensionScale(latitude, toDimension: 0)
            try field.attachDimensionScale(longitude, toDimension: 1)
            #expect(throws: HDF5Error.self) { try field.attachDimensionScale(latitude, toDimension: 2) }
            try file.close()

            let list = try H5Dump.attribute("/flux/DIMENSION_LIST", in: url)
            #expect(list.datatype.contains("H5T_VLEN"))
            #expect(list.datatype.contains("H5T_STD_REF_OBJECT"))
            #expect(list.shape == [2])
            #expect(list.items.joined(separator: " ").contains("/lat"))
            #expect(list.items.joined(separator: " ").contains("/lon"))

            let scaleClass = try H5Dump.attribute("/lat/CLASS", in: url)
            #expect(scaleClass.strings == ["DIMENSION_SCALE"])
            let scaleName = try H5Dump.attribute("/lon/NAME", in: url)
            #expect(scaleName.strings == ["lon"])
            let references = try H5Dump.run(["-A", "-a", "/lat/REFERENCE_LIST", url.path])
            #expect(references.contains("H5T_STD_REF_OBJECT"))

            let tree = try HDF5Tree.read(from: url)
            let summary = tree.node(at: "/flux")?.attributes.first { $0.name == "DIMENSION_LIST" }?.summary
            #expect(summary?.contains("object reference") == true)
        }
    }
}
