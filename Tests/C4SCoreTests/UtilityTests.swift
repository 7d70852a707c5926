import C4SCore
import Synchronization
import Testing

@Suite struct UtilityTests {
    @Test func parallelChunksCoverTheRangeExactlyOnce() {
        for (count, workers) in [(0, 3), (1, 4), (10, 3), (1000, 7), (5, 5)] {
            let hits = AlignedBuffer<Int>(count: count, repeating: 0)
            ParallelFor.chunks(count: count, workers: workers) { _, range in
                for i in range { hits[i] += 1 }
            }
            #expect(hits.array.allSatisfy { $0 == 1 }, "count \(count), workers \(workers)")
        }
        #expect(ParallelFor.range(of: 0, count: 10, chunks: 3) == 0..<4)
        #expect(ParallelFor.range(of: 2, count: 10, chunks: 3) == 7..<10)
    }

    @Test func alignedBufferIs64ByteAligned() {
        let b = AlignedBuffer<Double>(count: 3, repeating: 2.5)
        #expect(Int(bitPattern: b.pointer) % 64 == 0)
        #expect(b.array == [2.5, 2.5, 2.5])
        let copy = AlignedBuffer(copying: [1.0, 2.0, 3.0])
        #expect(copy.array == [1, 2, 3] && Int(bitPattern: copy.pointer) % 64 == 0)
        #expect(AlignedBuffer<Int>(copying: []).count == 0)
    }

    @Test func editDistance() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("ABC", "abc") == 0)
    }

    @Test func splitMixIsDeterministicAndUniform() {
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
        var r = SplitMix64(seed: 3)
        let u = (0..<10000).map { _ in r.nextUnit() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / 10000 - 0.5) < 0.02)
    }
}
