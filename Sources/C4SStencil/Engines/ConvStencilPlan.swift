import C4SCore
import CBLAS

/// ConvStencil's matrix form of one (possibly fused) kernel in a padded layout.
///
/// stencil2row without copies: a flat run of the padded grid, read as a row-major matrix whose rows are
/// segments of b = side + 1 points, is the "A" matrix; the same memory one segment further on is "B".
/// For each kernel row (fixed dz, dy) the outputs of segment k are A[k]·L + B[k]·U, where L is the
/// lower-triangular and U the upper-triangular b×b band of that row's weights (dual tessellation), so
/// each kernel row is two `cblas_dgemm` calls accumulating into one output matrix.
struct ConvStencilPlan: Sendable {
    /// Segment length b (side + 1).
    let segment: Int
    /// Flat offset of each kernel row's first weight (dx = -radius).
    let rowOffsets: [Int]
    /// Per kernel row: L then U, each b×b row-major.
    let bands: AlignedBuffer<Double>
    /// GEMM flops per output point.
    var flopsPerPoint: Double { Double(rowOffsets.count * 4 * segment) }

    /// The plan of `kernel` in `layout`. - Precondition: `kernel.radius <= layout.hx`.
    init(kernel: StencilKernel, layout: PaddedLayout) {
        let n = kernel.side, r = kernel.radius, b = n + 1
        segment = b
        let zr = kernel.rank == 3 ? r : 0, yr = kernel.rank >= 2 ? r : 0
        var rows: [(offset: Int, weights: [Double])] = []
        for dz in -zr...zr {
            for dy in -yr...yr {
                let w = (-r...r).map { kernel.weight(dz: dz, dy: dy, dx: $0) }
                if w.contains(where: { $0 != 0 }) { rows.append((layout.offset(dz: dz, dy: dy, dx: -r), w)) }
            }
        }
        rowOffsets = rows.map(\.offset)
        bands = AlignedBuffer(count: max(rows.count, 1) * 2 * b * b, repeating: 0)
        for (i, row) in rows.enumerated() {
            let lower = bands.pointer + i * 2 * b * b, upper = lower + b * b
            for t in 0..<b {
                for m in 0..<b {
                    if (0..<n).contains(t - m) { lower[t * b + m] = row.weights[t - m] }
                    if (0..<n).contains(t + b - m) { upper[t * b + m] = row.weights[t + b - m] }
                }
            }
        }
    }

    /// Computes `segments`·b outputs into `out` (row-major, b per row) for the flat outputs starting at `input`,
    /// i.e. out[j] = Σ_rows Σ_dx w·input[j + rowOffset + dx]. - Precondition: the reads stay inside the buffer.
    func multiply(input: UnsafePointer<Double>, out: UnsafeMutablePointer<Double>, segments: Int) {
        let b = Int32(segment), m = Int32(segments)
        guard !rowOffsets.isEmpty else {
            out.update(repeating: 0, count: segments * segment)
            return
        }
        for (i, offset) in rowOffsets.enumerated() {
            let a = input + offset
            let lower = bands.pointer + i * 2 * segment * segment
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, b, b, 1, a, b, lower, b, i == 0 ? 0 : 1, out, b)
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, b, b, 1, a + segment, b, lower + segment * segment, b, 1, out, b)
        }
    }
}
