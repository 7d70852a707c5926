import C4SCore

extension VNECMatrix: SparseOperator {
    /// Stored values (8 B), indices (2 or 4 B) and segment pointers (8 B) once, x once (8 B per compact column) plus,
    /// for parts that gather, the column map (4 B) and the compact x written and read (16 B), and 8 · rows for y.
    public var bytesPerProduct: Double {
        blocks.reduce(8 * Double(rows)) { total, b in
            total + 8 * Double(b.values.count) + Double(b.indices.bytesPerIndex * b.indices.count) + 8 * Double(b.segmentPointers.count)
                + (b.directOffset == nil ? 28 : 8) * Double(b.columnMap.count)
        }
    }

    /// y = A·x: each thread runs its contiguous run of parts, then each carry-out is added to its row.
    /// - Precondition: `x` holds `columns` values, `y` holds `rows`, no overlap.
    public func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        nonisolated(unsafe) let x = x
        nonisolated(unsafe) let y = y
        ParallelFor.chunks(count: parts, workers: threads) { _, range in
            for part in range { self.multiply(part: part, x, into: y) }
        }
        for (part, b) in blocks.enumerated() where b.hasCarry {
            y[b.firstRow + b.finishedRows] += carries[part]
        }
    }

    /// Part `part` of a product: gather (or point at) its compact x, run its segments (VNEC-D: aligned value load,
    /// contiguous compact-x load, one SIMD4 multiply-add per slot, one reduction per row), write the rows it
    /// finishes and keep its carry-out.
    @inline(__always)
    private func multiply(part: Int, _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        let b = blocks[part]
        let xc: UnsafePointer<Double>
        if let offset = b.directOffset {
            xc = x + offset
        } else {
            let map = b.columnMap.pointer, gathered = b.compactX.pointer
            for j in 0..<b.columnMap.count { gathered[j] = x[Int(map[j])] }
            xc = UnsafePointer(gathered)
        }
        switch b.indices {
        case .narrow(let idx): run(b, part: part, idx.pointer, xc, y)
        case .wide(let idx): run(b, part: part, idx.pointer, xc, y)
        }
    }

    /// The segments of part `part` with compact indices of type `Index`.
    @inline(__always)
    private func run<Index: FixedWidthInteger>(_ b: VNECBlock, part: Int, _ idx: UnsafeMutablePointer<Index>,
                                               _ xc: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) {
        let sp = b.segmentPointers.pointer, carries = carries.pointer
        let first = b.firstRow, finished = b.finishedRows, segments = b.segments
        switch variant {
        case .dense:
            let v = UnsafeRawPointer(b.values.pointer), xr = UnsafeRawPointer(xc)
            for seg in 0..<segments {
                var acc = SIMD4<Double>(repeating: 0)
                var s = sp[seg]
                let stop = sp[seg + 1]
                while s < stop {
                    let a = v.loadUnaligned(fromByteOffset: s * 32, as: SIMD4<Double>.self)
                    let w = xr.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: idx[s]) * 8, as: SIMD4<Double>.self)
                    acc += a * w
                    s += 1
                }
                let sum = acc.sum()
                if seg < finished { y[first + seg] = sum } else { carries[part] = sum }
            }
        case .sparse:
            let v = b.values.pointer
            for seg in 0..<segments {
                var sum = 0.0
                var k = sp[seg]
                let stop = sp[seg + 1]
                while k < stop {
                    sum += v[k] * xc[Int(truncatingIfNeeded: idx[k])]
                    k += 1
                }
                if seg < finished { y[first + seg] = sum } else { carries[part] = sum }
            }
        }
    }
}
