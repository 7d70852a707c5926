/// The line kernel of a peeled ring-constant 2-D kernel, Σ_k g_k·(all-ones box of radius k), k = 0...R: each box is
/// the rank-1 term 1·1ᵀ, so its vertical pass is a plain sum of lines, nested (V_k = V_{k-1} + line[-k] + line[+k]),
/// and its horizontal pass a plain sum of 2k+1 neighbours of V_k; only the R+1 box weights multiply. Per point
/// this is 4R + R(R+1) + 1 flops (15 for Box-2D25P, 25 for Box-2D49P) instead of 2·side² - 1 for the taps.
enum NestedBoxKernel {
    /// Points per block, so the R intermediate lines of a block stay in L1.
    static let block = 512

    /// Scratch elements `apply` needs for radius `radius`.
    static func scratchCount(radius: Int) -> Int { radius * (block + 2 * radius) }

    /// Computes `dst[x] = Σ_{k=0}^{R} weights[k]·Σ_{|dy|≤k, |dx|≤k} src[x + lines[R + dy] + dx]` for x in 0..<count.
    /// - Parameters:
    ///   - lines: 2R+1 flat offsets of the source lines at dy = -R...R.
    ///   - weights: R+1 box weights g_0...g_R.
    ///   - scratch: `scratchCount(radius: R)` elements.
    /// - Precondition: every line is readable R points before 0 and after count; `dst` overlaps no source line.
    static func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int, lines: UnsafePointer<Int>,
                      weights: UnsafePointer<Double>, radius: Int, scratch: UnsafeMutablePointer<Double>) {
        // Constant radii let the compiler unroll the loops over k and d.
        switch radius {
        case 1: blocks(src: src, dst: dst, count: count, lines: lines, weights: weights, radius: 1, scratch: scratch)
        case 2: blocks(src: src, dst: dst, count: count, lines: lines, weights: weights, radius: 2, scratch: scratch)
        case 3: blocks(src: src, dst: dst, count: count, lines: lines, weights: weights, radius: 3, scratch: scratch)
        default: blocks(src: src, dst: dst, count: count, lines: lines, weights: weights, radius: radius, scratch: scratch)
        }
    }

    @inline(__always)
    private static func blocks(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int, lines: UnsafePointer<Int>,
                               weights: UnsafePointer<Double>, radius: Int, scratch: UnsafeMutablePointer<Double>) {
        typealias V = SIMD4<Double>
        let r = radius, width = block + 2 * r
        let centre = src + lines[r]
        var x0 = 0
        while x0 < count {
            let n = min(block, count - x0), e = n + 2 * r
            // Vertical: V_k (k = 1...R) at block points -R..<n+R, stored at scratch[(k-1)·width + i], i = point + R.
            let base = src + x0 - r
            var i = 0
            while i + 4 <= e {
                var v = UnsafeRawPointer(base + i + lines[r]).loadUnaligned(as: V.self)
                var k = 1
                while k <= r {
                    v += UnsafeRawPointer(base + i + lines[r - k]).loadUnaligned(as: V.self)
                        + UnsafeRawPointer(base + i + lines[r + k]).loadUnaligned(as: V.self)
                    UnsafeMutableRawPointer(scratch + (k - 1) * width + i).storeBytes(of: v, as: V.self)
                    k += 1
                }
                i += 4
            }
            while i < e {
                var v = base[i + lines[r]]
                var k = 1
                while k <= r {
                    v += base[i + lines[r - k]] + base[i + lines[r + k]]
                    scratch[(k - 1) * width + i] = v
                    k += 1
                }
                i += 1
            }
            // Horizontal: Σ_k g_k·Σ_{|d|≤k} V_k[x + d], V_0 being the centre line.
            var x = 0
            while x + 4 <= n {
                var acc = V(repeating: weights[0]) * UnsafeRawPointer(centre + x0 + x).loadUnaligned(as: V.self)
                var k = 1
                while k <= r {
                    let row = UnsafeRawPointer(scratch + (k - 1) * width + r + x)
                    var s = row.loadUnaligned(as: V.self)
                    var d = 1
                    while d <= k {
                        s += row.loadUnaligned(fromByteOffset: -8 * d, as: V.self) + row.loadUnaligned(fromByteOffset: 8 * d, as: V.self)
                        d += 1
                    }
                    acc.addProduct(V(repeating: weights[k]), s)
                    k += 1
                }
                UnsafeMutableRawPointer(dst + x0 + x).storeBytes(of: acc, as: V.self)
                x += 4
            }
            while x < n {
                var acc = weights[0] * centre[x0 + x]
                var k = 1
                while k <= r {
                    let row = scratch + (k - 1) * width + r + x
                    var s = row[0]
                    var d = 1
                    while d <= k {
                        s += row[-d] + row[d]
                        d += 1
                    }
                    acc = acc.addingProduct(weights[k], s)
                    k += 1
                }
                dst[x0 + x] = acc
                x += 1
            }
            x0 += n
        }
    }
}
