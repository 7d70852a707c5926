import C4SIO
import Foundation
import Testing

struct HDF5FileLifecycleTests {
    @Test("close() releases the file even while its groups and datasets are still referenced")
    func closeReleasesFile() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("held.h5")
            let file = try HDF5File.create(at: url)
            let group = try file.root.createGroup("g")
            let dataset = try group.writeDataset("d", values: [Int16(1), 2, 3], shape: [3])
            try file.close()
            // Another process can open (and lock) the file only if this one really closed it.
            #expect(try H5Dump.dataset("/g/d", in: url).numbers == [1, 2, 3])
            #expect(throws: HDF5Error.self) { try dataset.read(as: Int16.self) }
            #expect(!group.contains("d"))
            let reopened = try HDF5File.open(at: url, writable: true)
            try reopened.root.openGroup("g").setAttribute("n", .int(3))
            try reopened.close()
        }
    }

    @Test("a file released without close() is closed")
    func releaseCloses() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("released.h5")
            do {
                let file = try HDF5File.create(at: url)
                try file.root.writeDataset("v", values: [UInt32(9)], shape: [])
            }
            #expect(try H5Dump.dataset("/v", in: url).numbers == [9])
        }
    }

    @Test("files can be written from several threads at once (calls are serialized)")
    func concurrentUse() throws {
        try HDF5TestSupport.withTemporaryFolder { folder in
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                let url = folder.appendingPathComponent("thread\(index).h5")
                do {
                    let file = try HDF5File.create(at: url)
                    for step in 0..<20 {
                        let group = try file.root.createGroup("step\(step)")
                        try group.writeDataset("v", values: (0..<100).map { Double($0 + index) }, shape: [10, 10],
                                               deflateLevel: 1)
                        try group.setAttribute("index", .int(Int64(index)))
                    }
                    try file.close()
                } catch {
                    Issue.record("thread \(index): \(error)")
                }
            }
            for index in 0..<4 {
                let file = try HDF5File.open(at: folder.appendingPathComponent("thread\(index).h5"))
                #expect(try file.root.childNames().count == 20)
                #expect(try file.root.readDataset("step19/v", as: Double.self).values.first == Double(index))
                try file.close()
            }
        }
    }
}
