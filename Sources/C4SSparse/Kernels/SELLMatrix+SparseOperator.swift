import C4SCore

extension SELLMatrix: SparseOperator {
    /// 12 bytes per stored element + chunk offsets and row map + 8 · rows for y + 8 · columns for x.
    public var bytesPerProduct: Double {
        12 * Double(storedElements) + 8 * Double(chunkOffsets.count) + 4 * Double(rowOfSlot.count)
            + 8 * Double(rows) + 8 * Double(columns)
    }

    /// y = A·x: per chunk, one SIMD4 multiply-add per stored column (aligned value load, gathered x), then
    /// the C sums scattered to their rows. Chunks are split over `threads` by chunks + stored elements.
    /// - Precondition: `x` holds `columns` values, `y` holds `rows`, no overlap.
    public func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        nonisolated(unsafe) let x = x
        nonisolated(unsafe) let y = y
        let parts = threads
        let chunks = chunkOffsets.count - 1
        ParallelFor.chunks(count: parts, workers: parts) { part, _ in
            let offsets = UnsafePointer(self.chunkOffsets.pointer)
            let first = BalancedSplit.start(of: part, parts: parts, count: chunks, offsets: offsets)
            let end = BalancedSplit.start(of: part + 1, parts: parts, count: chunks, offsets: offsets)
            let v = UnsafeRawPointer(self.values.pointer), c = self.columnIndices.pointer, slots = self.rowOfSlot.pointer
            for ch in first..<end {
                var acc = SIMD4<Double>(repeating: 0)
                var p = offsets[ch]
                let stop = offsets[ch + 1]
                while p < stop {
                    let a = v.loadUnaligned(fromByteOffset: p * 8, as: SIMD4<Double>.self)
                    let b = SIMD4(x[Int(c[p])], x[Int(c[p + 1])], x[Int(c[p + 2])], x[Int(c[p + 3])])
                    acc += a * b
                    p += 4
                }
                for lane in 0..<4 {
                    let r = slots[ch * 4 + lane]
                    if r >= 0 { y[Int(r)] = acc[lane] }
                }
            }
        }
    }
}
