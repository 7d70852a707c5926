import C4SIO
import Foundation
import Testing

struct HDF5ErrorTests {
    @Test("opening a file that is not HDF5 names the file and carries HDF5's error stack")
    func notHDF5() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("notes.txt")
            try Data("this is not an HDF5 file\n".utf8).write(to: url)
            let error = try #require(throws: HDF5Error.self) { try HDF5File.open(at: url) }
            #expect(error.path == url.path)
            #expect(error.description.contains(url.path))
            #expect(!error.stack.isEmpty)
            #expect(error.stack.contains("H5Fopen"))
            #expect(error.stack.split(separator: "\n").first.map { error.description.contains($0) } == true)
        }
    }

    @Test("opening a missing file and a missing object fail with a located error")
    func missing() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("absent.h5")
            let openError = try #require(throws: HDF5Error.self) { try HDF5File.open(at: missing) }
            #expect(openError.description.contains("absent.h5"))
            #expect(!openError.stack.isEmpty)

            let url = folder.appendingPathComponent("present.h5")
            let file = try HDF5File.create(at: url)
            let datasetError = try #require(throws: HDF5Error.self) { try file.root.openDataset("nope") }
            #expect(datasetError.path == "\(url.path):/nope")
            #expect(!datasetError.stack.isEmpty)
            try file.close()
            try file.close()
            let closedError = try #require(throws: HDF5Error.self) { try file.root.createGroup("late") }
            #expect(closedError.reason == "the file has been closed")
        }
    }
}
