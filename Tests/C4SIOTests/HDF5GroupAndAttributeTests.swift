import C4SIO
import Foundation
import Testing

struct HDF5GroupAndAttributeTests {
    @Test("groups: nested creation, contains, sorted child names, remove")
    func groups() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("groups.h5")
            let file = try HDF5File.create(at: url)
            let deep = try file.root.createGroup("results/run1/fields")
            #expect(deep.path == "/results/run1/fields")
            let results = try file.root.openGroup("results")
            #expect(results.path == "/results")
            try results.createGroup("b")
            try results.createGroup("a")
            try results.writeDataset("z", values: [1.0], shape: [1])
            #expect(try results.childNames() == ["a", "b", "run1", "z"])
            #expect(file.root.contains("results/run1/fields"))
            #expect(file.root.contains("/results/z"))
            #expect(results.contains("run1"))
            #expect(!file.root.contains("results/missing/deeper"))
            #expect(!file.root.contains("nothing"))
            #expect(throws: HDF5Error.self) { try file.root.createGroup("results") }
            #expect(throws: HDF5Error.self) { try file.root.openGroup("absent") }
            try results.remove("b")
            #expect(try results.childNames() == ["a", "run1", "z"])
            try file.close()
            #expect(throws: HDF5Error.self) { try results.childNames() }
        }
    }

    @Test("attributes of every kind round-trip, overwrite, and list sorted")
    func attributeRoundTrip() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("attributes.h5")
            let values: [String: HDF5AttributeValue] = [
                "title": .string("Air-sea CO₂ flux, µmol m⁻² s⁻¹"),
                "labels": .strings(["x", "y", "z"]),
                "scale": .double(0.25),
                "range": .doubles([-1.5, 2.5]),
                "count": .int(-42),
                "sizes": .ints([1, 2, 3]),
                "empty": .doubles([]),
            ]
            let file = try HDF5File.create(at: url)
            let group = try file.root.createGroup("g")
            let dataset = try group.writeDataset("d", values: [Float(1), 2], shape: [2])
            for (name, value) in values {
                try group.setAttribute(name, value)
                try dataset.setAttribute(name, value)
            }
            try group.setAttribute("scale", .double(4))
            try file.close()

            let reopened = try HDF5File.open(at: url)
            let readGroup = try reopened.root.openGroup("g")
            let readDataset = try readGroup.openDataset("d")
            #expect(try readGroup.attributeNames() == values.keys.sorted())
            #expect(try readDataset.attributeNames() == values.keys.sorted())
            for (name, value) in values {
                #expect(try readDataset.attribute(name) == value, "\(name)")
                if name != "scale" { #expect(try readGroup.attribute(name) == value, "\(name)") }
            }
            #expect(try readGroup.attribute("scale") == .double(4))
            #expect(try readGroup.attribute("missing") == nil)
            try reopened.close()
        }
    }

    @Test("string attributes are variable-length UTF-8 and numeric arrays 1-D, per h5dump")
    func attributesInH5Dump() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("dump.h5")
            let file = try HDF5File.create(at: url)
            let dataset = try file.root.writeDataset("flux", values: [1.0, 2.0], shape: [2])
            try dataset.setAttribute("units", .string("mol m-2 s-1"))
            try dataset.setAttribute("flags", .strings(["good", "bad"]))
            try dataset.setAttribute("valid_range", .doubles([-10, 10]))
            try dataset.setAttribute("version", .ints([1, 2]))
            try dataset.setAttribute("scale", .double(0.5))
            try file.close()

            let units = try H5Dump.attribute("/flux/units", in: url)
            #expect(units.datatype.hasPrefix("H5T_STRING"))
            #expect(units.datatypeBlock.contains("STRSIZE H5T_VARIABLE"))
            #expect(units.datatypeBlock.contains("CSET H5T_CSET_UTF8"))
            #expect(units.shape == [])
            #expect(units.strings == ["mol m-2 s-1"])

            let flags = try H5Dump.attribute("/flux/flags", in: url)
            #expect(flags.datatypeBlock.contains("STRSIZE H5T_VARIABLE"))
            #expect(flags.datatypeBlock.contains("CSET H5T_CSET_UTF8"))
            #expect(flags.shape == [2])
            #expect(flags.strings == ["good", "bad"])

            let range = try H5Dump.attribute("/flux/valid_range", in: url)
            #expect(range.datatype == "H5T_IEEE_F64LE")
            #expect(range.shape == [2])
            #expect(range.numbers == [-10, 10])

            let version = try H5Dump.attribute("/flux/version", in: url)
            #expect(version.datatype == "H5T_STD_I64LE")
            #expect(version.shape == [2])
            #expect(version.numbers == [1, 2])

            let scale = try H5Dump.attribute("/flux/scale", in: url)
            #expect(scale.shape == [])
            #expect(scale.numbers == [0.5])
        }
    }

    @Test("attributes written by other programs: fixed-length netCDF strings, H5MD variable-length strings")
    func foreignAttributes() throws {
        let ersst = try HDF5TestSupport.mirrorFile("carbon/ersstv5-2010-2020.nc")
        let netCDF = try HDF5File.open(at: ersst)
        #expect(try netCDF.root.attribute("Conventions") == .string("CF-1.6, ACDD-1.3"))
        let latitude = try netCDF.root.openDataset("lat")
        #expect(try latitude.attribute("CLASS") == .string("DIMENSION_SCALE"))
        #expect(try latitude.attribute("units") == .string("degrees_north"))
        #expect(try latitude.attribute("actual_range") == .doubles([88, -88]))
        #expect(latitude.shape == [89])
        #expect(latitude.elementTypeDescription == "float32")
        #expect(throws: HDF5Error.self) { try latitude.attribute("REFERENCE_LIST") }
        try netCDF.close()

        let cobrotoxin = try HDF5TestSupport.mirrorFile("molecules/cobrotoxin.h5md")
        let h5md = try HDF5File.open(at: cobrotoxin)
        #expect(try h5md.root.openGroup("h5md/creator").attribute("name") == .string("MDAnalysis"))
        #expect(try h5md.root.openGroup("h5md").attribute("version") == .ints([1, 1]))
        let box = try h5md.root.openGroup("particles/trajectory/box")
        #expect(try box.attribute("boundary") == .strings(["periodic", "periodic", "periodic"]))
        #expect(try box.attribute("dimension") == .int(3))
        try h5md.close()
    }
}
