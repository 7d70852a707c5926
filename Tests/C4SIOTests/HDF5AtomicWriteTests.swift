import C4SIO
import Foundation
import Testing

struct HDF5AtomicWriteTests {
    /// The failure injected into an export half-way through.
    struct InjectedFailure: Error {}

    /// Writes `/old` with one dataset into a fresh file at `url`.
    private func writeOriginal(_ url: URL) throws {
        try HDF5File.writeAtomically(to: url) { file in
            let group = try file.root.createGroup("old")
            try group.writeDataset("values", values: [1.0, 2.0, 3.0], shape: [3])
            try group.setAttribute("note", .string("first export"))
        }
    }

    private func folderContents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a failing export leaves no temporary file and the existing file byte-identical",
          arguments: [HDF5AtomicMode.replace, .update])
    func failureLeavesExistingFile(mode: HDF5AtomicMode) throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("results.h5")
            try writeOriginal(url)
            let before = try Data(contentsOf: url)
            #expect(throws: InjectedFailure.self) {
                try HDF5File.writeAtomically(to: url, mode: mode) { file in
                    let group = try file.root.createGroup("new")
                    try group.writeDataset("half", values: (0..<1000).map(Double.init), shape: [1000])
                    try file.flush()
                    throw InjectedFailure()
                }
            }
            #expect(try folderContents(folder) == ["results.h5"])
            #expect(try Data(contentsOf: url) == before)
            #expect(try HDF5File.open(at: url).root.childNames() == ["old"])
        }
    }

    @Test("a failing first export leaves nothing behind")
    func failureWithoutExistingFile() throws {
        try HDF5TestSupport.withTemporaryFolder { folder throws in
            let url = folder.appendingPathComponent("fresh.h5")
            #expect(throws: InjectedFailure.self) {
                try HDF5File.writeAtomically(to: url) { file in
                    try file.root.writeDataset("x", values: [Int32(1)], shape: [1])
                    throw InjectedFailure()
                }
            }
            #expect(try folderContents(folder).isEmpty)
        }
    }

    @Test("update mode adds a group and keeps the old ones; replace mode starts empty")
    func updateAndReplace() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("results.h5")
            try writeOriginal(url)
            try HDF5File.writeAtomically(to: url, mode: .update) { file in
                try file.root.createGroup("new").writeDataset("values", values: [Int64(7)], shape: [1])
            }
            #expect(try folderContents(folder) == ["results.h5"])
            let updated = try HDF5File.open(at: url)
            #expect(try updated.root.childNames() == ["new", "old"])
            #expect(try updated.root.readDataset("old/values", as: Double.self).values == [1, 2, 3])
            #expect(try updated.root.openGroup("old").attribute("note") == .string("first export"))
            #expect(try updated.root.readDataset("new/values", as: Int64.self).values == [7])
            try updated.close()

            try HDF5File.writeAtomically(to: url, mode: .replace) { file in
                try file.root.createGroup("only")
            }
            let replaced = try HDF5File.open(at: url)
            #expect(try replaced.root.childNames() == ["only"])
            try replaced.close()
        }
    }

    @Test("update mode without an existing file starts empty")
    func updateWithoutExistingFile() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("new.h5")
            try HDF5File.writeAtomically(to: url, mode: .update) { file in
                try file.root.createGroup("first")
            }
            #expect(try HDF5File.open(at: url).root.childNames() == ["first"])
        }
    }
}
