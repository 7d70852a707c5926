/// The inner loop of the vectorized engine: one line of `count` outputs, each Σ w[t]·src[x + off[t]],
/// sixteen points at a time in eight AVX2-wide `SIMD4<Double>` accumulators, then eight, four and one.
enum SIMDLineKernel {
    /// Computes `dst[x] = Σ_t weights[t]·src[x + offsets[t]]` for x in 0..<count.
    /// - Precondition: every `src[x + offsets[t]]` is readable; `dst` does not overlap `src`.
    @inline(__always)
    static func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int,
                      offsets: UnsafePointer<Int>, weights: UnsafePointer<Double>, taps: Int) {
        var x = 0
        // 16 points in eight independent chains (even and odd taps apart) to hide the FMA latency.
        while x + 16 <= count {
            var a0 = SIMD4<Double>(repeating: 0), a1 = a0, a2 = a0, a3 = a0
            var b0 = a0, b1 = a0, b2 = a0, b3 = a0
            var t = 0
            while t + 2 <= taps {
                let w = SIMD4<Double>(repeating: weights[t]), v = SIMD4<Double>(repeating: weights[t + 1])
                let p = UnsafeRawPointer(src + x + offsets[t]), q = UnsafeRawPointer(src + x + offsets[t + 1])
                a0.addProduct(w, p.loadUnaligned(as: SIMD4<Double>.self))
                a1.addProduct(w, p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self))
                a2.addProduct(w, p.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self))
                a3.addProduct(w, p.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self))
                b0.addProduct(v, q.loadUnaligned(as: SIMD4<Double>.self))
                b1.addProduct(v, q.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self))
                b2.addProduct(v, q.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self))
                b3.addProduct(v, q.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self))
                t += 2
            }
            if t < taps {
                let w = SIMD4<Double>(repeating: weights[t])
                let p = UnsafeRawPointer(src + x + offsets[t])
                a0.addProduct(w, p.loadUnaligned(as: SIMD4<Double>.self))
                a1.addProduct(w, p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self))
                a2.addProduct(w, p.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self))
                a3.addProduct(w, p.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self))
            }
            let q = UnsafeMutableRawPointer(dst + x)
            q.storeBytes(of: a0 + b0, as: SIMD4<Double>.self)
            q.storeBytes(of: a1 + b1, toByteOffset: 32, as: SIMD4<Double>.self)
            q.storeBytes(of: a2 + b2, toByteOffset: 64, as: SIMD4<Double>.self)
            q.storeBytes(of: a3 + b3, toByteOffset: 96, as: SIMD4<Double>.self)
            x += 16
        }
        while x + 8 <= count {
            var a0 = SIMD4<Double>(repeating: 0), a1 = a0
            for t in 0..<taps {
                let w = SIMD4<Double>(repeating: weights[t])
                let p = UnsafeRawPointer(src + x + offsets[t])
                a0.addProduct(w, p.loadUnaligned(as: SIMD4<Double>.self))
                a1.addProduct(w, p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self))
            }
            let q = UnsafeMutableRawPointer(dst + x)
            q.storeBytes(of: a0, as: SIMD4<Double>.self)
            q.storeBytes(of: a1, toByteOffset: 32, as: SIMD4<Double>.self)
            x += 8
        }
        while x + 4 <= count {
            var a = SIMD4<Double>(repeating: 0)
            for t in 0..<taps {
                a.addProduct(SIMD4(repeating: weights[t]), UnsafeRawPointer(src + x + offsets[t]).loadUnaligned(as: SIMD4<Double>.self))
            }
            UnsafeMutableRawPointer(dst + x).storeBytes(of: a, as: SIMD4<Double>.self)
            x += 4
        }
        while x < count {
            var s = 0.0
            for t in 0..<taps { s = s.addingProduct(weights[t], src[x + offsets[t]]) }
            dst[x] = s
            x += 1
        }
    }
}

extension SIMDLineKernel {
    /// Adds `Σ_t weights[t]·src[x + offsets[t]]` to `dst[x]` for x in 0..<count.
    /// - Precondition: as `apply`.
    @inline(__always)
    static func accumulate(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int,
                           offsets: UnsafePointer<Int>, weights: UnsafePointer<Double>, taps: Int) {
        var x = 0
        while x + 8 <= count {
            let q = UnsafeMutableRawPointer(dst + x)
            var a0 = q.loadUnaligned(as: SIMD4<Double>.self)
            var a1 = q.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            for t in 0..<taps {
                let w = SIMD4<Double>(repeating: weights[t])
                let p = UnsafeRawPointer(src + x + offsets[t])
                a0.addProduct(w, p.loadUnaligned(as: SIMD4<Double>.self))
                a1.addProduct(w, p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self))
            }
            q.storeBytes(of: a0, as: SIMD4<Double>.self)
            q.storeBytes(of: a1, toByteOffset: 32, as: SIMD4<Double>.self)
            x += 8
        }
        while x < count {
            var s = dst[x]
            for t in 0..<taps { s = s.addingProduct(weights[t], src[x + offsets[t]]) }
            dst[x] = s
            x += 1
        }
    }
}
