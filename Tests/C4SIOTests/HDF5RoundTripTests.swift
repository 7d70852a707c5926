import C4SIO
import Foundation
import Testing

/// Element types the round-trip tests can fill with sample values and compare with `h5dump`.
protocol HDF5TestNumber: HDF5Scalar, Equatable {
    /// A distinct, exactly representable sample value for position `index` (0..<24).
    static func sample(_ index: Int) -> Self
    /// The value as h5dump prints it, as a number.
    var doubleValue: Double { get }
    /// The datatype name h5dump prints for this type.
    static var h5dumpType: String { get }
}

extension Float: HDF5TestNumber {
    static func sample(_ index: Int) -> Float { Float(index) * 0.25 - 2 }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_IEEE_F32LE" }
}

extension Double: HDF5TestNumber {
    static func sample(_ index: Int) -> Double { Double(index) * 0.5 - 3 }
    var doubleValue: Double { self }
    static var h5dumpType: String { "H5T_IEEE_F64LE" }
}

extension Int8: HDF5TestNumber {
    static func sample(_ index: Int) -> Int8 { Int8(index % 2 == 0 ? index : -index) }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_I8LE" }
}

extension Int16: HDF5TestNumber {
    static func sample(_ index: Int) -> Int16 { Int16(index % 2 == 0 ? index * 1000 : -index * 1000) }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_I16LE" }
}

extension Int32: HDF5TestNumber {
    static func sample(_ index: Int) -> Int32 { Int32(index % 2 == 0 ? index * 100_000 : -index * 100_000) }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_I32LE" }
}

extension Int64: HDF5TestNumber {
    static func sample(_ index: Int) -> Int64 { Int64(index % 2 == 0 ? index : -index) * 10_000_000_000 }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_I64LE" }
}

extension UInt8: HDF5TestNumber {
    static func sample(_ index: Int) -> UInt8 { UInt8(index * 10) }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_U8LE" }
}

extension UInt16: HDF5TestNumber {
    static func sample(_ index: Int) -> UInt16 { UInt16(index * 2000) }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_U16LE" }
}

extension UInt32: HDF5TestNumber {
    static func sample(_ index: Int) -> UInt32 { UInt32(index) * 150_000_000 }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_U32LE" }
}

extension UInt64: HDF5TestNumber {
    static func sample(_ index: Int) -> UInt64 { UInt64(index) * 100_000_000_000 }
    var doubleValue: Double { Double(self) }
    static var h5dumpType: String { "H5T_STD_U64LE" }
}

/// One dataset of the round trip: shape, and chunks when chunked with deflate.
private struct RoundTripCase {
    let name: String
    let shape: [Int]
    let chunks: [Int]?
}

struct HDF5RoundTripTests {
    private static let contiguousCases = [
        RoundTripCase(name: "rank0", shape: [], chunks: nil),
        RoundTripCase(name: "rank1", shape: [5], chunks: nil),
        RoundTripCase(name: "rank2", shape: [3, 4], chunks: nil),
        RoundTripCase(name: "rank3", shape: [2, 3, 4], chunks: nil),
    ]
    private static let chunkedCases = [
        RoundTripCase(name: "rank1", shape: [5], chunks: [2]),
        RoundTripCase(name: "rank2", shape: [3, 4], chunks: [2, 3]),
        RoundTripCase(name: "rank3", shape: [2, 3, 4], chunks: [1, 3, 2]),
    ]

    @Test("every element type round-trips at ranks 0...3, typed and through h5dump",
          arguments: HDF5ElementType.allCases, [false, true])
    func roundTrip(type: HDF5ElementType, chunked: Bool) throws {
        switch type {
        case .float32: try check(Float.self, chunked: chunked)
        case .float64: try check(Double.self, chunked: chunked)
        case .int8: try check(Int8.self, chunked: chunked)
        case .int16: try check(Int16.self, chunked: chunked)
        case .int32: try check(Int32.self, chunked: chunked)
        case .int64: try check(Int64.self, chunked: chunked)
        case .uint8: try check(UInt8.self, chunked: chunked)
        case .uint16: try check(UInt16.self, chunked: chunked)
        case .uint32: try check(UInt32.self, chunked: chunked)
        case .uint64: try check(UInt64.self, chunked: chunked)
        }
    }

    private func check<T: HDF5TestNumber>(_ type: T.Type, chunked: Bool) throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("roundtrip.h5")
            let cases = chunked ? Self.chunkedCases : Self.contiguousCases
            let file = try HDF5File.create(at: url)
            let group = try file.root.createGroup("data")
            for item in cases {
                let values = (0..<item.shape.reduce(1, *)).map(T.sample)
                let dataset = try group.writeDataset(item.name, values: values, shape: item.shape,
                                                     chunks: item.chunks, deflateLevel: chunked ? 4 : nil)
                #expect(dataset.shape == item.shape)
            }
            try file.close()

            let reopened = try HDF5File.open(at: url)
            let data = try reopened.root.openGroup("data")
            for item in cases {
                let expected = (0..<item.shape.reduce(1, *)).map(T.sample)
                let (values, shape) = try data.readDataset(item.name, as: T.self)
                #expect(values == expected, "\(T.self) \(item.name)")
                #expect(shape == item.shape)
                #expect(try data.openDataset(item.name).elementTypeDescription == T.hdf5ElementType.rawValue)

                let dump = try H5Dump.dataset("/data/\(item.name)", in: url)
                #expect(dump.datatype == T.h5dumpType)
                #expect(dump.shape == item.shape)
                #expect(dump.numbers == expected.map(\.doubleValue), "h5dump values of \(T.self) \(item.name)")
                if let chunks = item.chunks {
                    let properties = try H5Dump.properties("/data/\(item.name)", in: url)
                    let chunkText = "CHUNKED ( " + chunks.map(String.init).joined(separator: ", ") + " )"
                    #expect(properties.contains(chunkText), "\(properties)")
                    #expect(properties.contains("COMPRESSION DEFLATE { LEVEL 4 }"), "\(properties)")
                }
            }
            try reopened.close()
        }
    }

    @Test("reading converts between numeric types; strings are not numbers")
    func conversions() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("convert.h5")
            let file = try HDF5File.create(at: url)
            try file.root.writeDataset("ints", values: [Int32(-2), 0, 7], shape: [3])
            try file.root.writeDataset("floats", values: [Float(0.5), 1.5], shape: [2])
            try file.root.writeStrings("names", ["a", "b"])
            #expect(try file.root.readDataset("ints", as: Double.self).values == [-2, 0, 7])
            #expect(try file.root.readDataset("ints", as: Int64.self).values == [-2, 0, 7])
            #expect(try file.root.readDataset("floats", as: Double.self).values == [0.5, 1.5])
            #expect(throws: HDF5Error.self) { try file.root.readDataset("names", as: Double.self) }
            try file.close()
        }
    }

    @Test("string datasets are 1-D variable-length UTF-8")
    func stringDatasets() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("strings.h5")
            let names = ["alpha", "beta gamma", "µm ± Å", ""]
            let file = try HDF5File.create(at: url)
            let dataset = try file.root.writeStrings("labels", names)
            #expect(dataset.shape == [4])
            #expect(dataset.elementTypeDescription == "string")
            try file.root.writeStrings("none", [])
            try file.close()

            let reopened = try HDF5File.open(at: url)
            #expect(try reopened.root.readStrings("labels") == names)
            #expect(try reopened.root.readStrings("none") == [])
            try reopened.close()

            let dump = try H5Dump.dataset("/labels", in: url)
            #expect(dump.datatype.hasPrefix("H5T_STRING"))
            #expect(dump.datatypeBlock.contains("STRSIZE H5T_VARIABLE"))
            #expect(dump.datatypeBlock.contains("CSET H5T_CSET_UTF8"))
            #expect(dump.shape == [4])
            #expect(Array(dump.strings.prefix(2)) == ["alpha", "beta gamma"])
        }
    }

    @Test("a shape that does not match the number of values throws and writes nothing")
    func wrongShapeThrows() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let file = try HDF5File.create(at: folder.appendingPathComponent("shape.h5"))
            let error = try #require(throws: HDF5Error.self) {
                try file.root.writeDataset("x", values: [1.0, 2.0, 3.0], shape: [2, 2])
            }
            #expect(error.description.contains("[2, 2]"))
            #expect(error.description.contains("/x"))
            #expect(!file.root.contains("x"))
            #expect(throws: HDF5Error.self) {
                try file.root.writeDataset("y", values: [1.0, 2.0], shape: [2], chunks: [3])
            }
            #expect(throws: HDF5Error.self) {
                try file.root.writeDataset("z", values: [1.0], shape: [], deflateLevel: 4)
            }
            #expect(throws: HDF5Error.self) {
                try file.root.writeDataset("w", values: [1.0, 2.0], shape: [2], deflateLevel: 12)
            }
            try file.close()
        }
    }

    @Test("deflate without explicit chunks chooses chunks; empty datasets work")
    func automaticChunksAndEmpty() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("auto.h5")
            let file = try HDF5File.create(at: url)
            let values = (0..<(600 * 500)).map { Double($0) }
            try file.root.writeDataset("big", values: values, shape: [600, 500], deflateLevel: 1)
            try file.root.writeDataset("empty", values: [Float](), shape: [0, 3], deflateLevel: 4)
            try file.root.writeDataset("nothing", values: [Int32](), shape: [0])
            try file.close()

            let tree = try HDF5Tree.read(from: url)
            guard case .dataset(let shape, _, let chunks?, let compression)? = tree.node(at: "/big")?.kind else {
                Issue.record("/big is not a chunked dataset")
                return
            }
            #expect(shape == [600, 500])
            #expect(chunks.reduce(8, *) <= 1 << 20)
            #expect(compression == "deflate(1)")
            let reopened = try HDF5File.open(at: url)
            #expect(try reopened.root.readDataset("big", as: Double.self).values == values)
            #expect(try reopened.root.readDataset("empty", as: Float.self) == ([], [0, 3]))
            #expect(try reopened.root.readDataset("nothing", as: Int32.self) == ([], [0]))
            try reopened.close()
        }
    }
}
