import C4SCore

/// The points within h = r·T of a Dirichlet grid's edges after T steps, computed by direct steps on slabs.
///
/// Along each axis and side, a slab of W = max(2h, kernel side) layers spanning the whole grid on the other axes
/// is stepped T times with the true Dirichlet halo on its outer faces. Its inner face is not the grid's (the slab
/// has a fixed halo there too); that wrong value travels r layers per step, so after T steps it has reached only
/// the layers at least W − h ≥ h from the outer edge, and the h layers next to the grid edge are exact. Step t
/// updates only the W − r·t layers next to the outer face (the rest is never read again). Corners are covered by
/// several slabs, each exact there.
///
/// Slabs across x (rank ≥ 2) are stored transposed (x and y swapped, the kernel too), so that every slab is
/// stepped along lines of a full grid side rather than of W points. Buffers and halos are made once, here;
/// `apply` allocates nothing.
struct DirichletBands {
    /// One slab: where it lies, how its axes map to the grid's, and its two padded buffers.
    private struct Slab {
        /// Grid coordinates (z, y, x) of the slab's first point.
        let origin: [Int]
        /// Grid axis of each slab axis (z, y, x order): [0, 1, 2], or [0, 2, 1] for a transposed slab.
        let axes: [Int]
        /// The slab's layout (slab axis order).
        let layout: PaddedLayout
        /// Slab axis across the slab, and whether the grid's edge is at its high end.
        let normal: Int, high: Bool
        /// Ping-pong buffers, halos holding the Dirichlet value.
        let a: AlignedBuffer<Double>, b: AlignedBuffer<Double>
        /// The kernel (transposed with the slab) in `layout`.
        let taps: TapTable
    }

    private let slabs: [Slab]
    /// Grid sides (z, y, x), unit leading sides for lower ranks.
    private let grid: [Int]
    private let radius: Int, steps: Int

    /// Prepares the slabs for `steps` steps of `kernel` on a grid of `dims` with Dirichlet value `value`.
    /// - Precondition: ranks agree; every side > 2·r·steps (the tiles cover the rest).
    init(kernel: StencilKernel, dims: [Int], value: Double, steps: Int) {
        let h = kernel.radius * steps, lead = 3 - dims.count
        precondition(kernel.rank == dims.count && dims.allSatisfy { $0 > 2 * h }, "DirichletBands: ranks differ or no interior")
        grid = Array(repeating: 1, count: lead) + dims
        radius = kernel.radius
        self.steps = steps
        let transposed = Self.swappingXY(kernel)
        var slabs: [Slab] = []
        for axis in lead..<3 where h > 0 {
            let width = min(grid[axis], max(2 * h, kernel.side))
            let swap = axis == 2 && dims.count >= 2
            let axes = swap ? [0, 2, 1] : [0, 1, 2]
            let normal = swap ? 1 : axis
            for high in [false, true] {
                var origin = [0, 0, 0], sides = grid
                origin[axis] = high ? grid[axis] - width : 0
                sides[axis] = width
                let local = axes.map { sides[$0] }
                let layout = PaddedLayout(dims: Array(local[lead...]), halo: kernel.radius)
                let a = AlignedBuffer<Double>(count: layout.count, repeating: value)
                let b = AlignedBuffer<Double>(count: layout.count, repeating: value)
                slabs.append(Slab(origin: origin, axes: axes, layout: layout, normal: normal, high: high, a: a, b: b,
                                  taps: TapTable(kernel: swap ? transposed : kernel, layout: layout)))
            }
        }
        self.slabs = slabs
    }

    /// Points updated per call (all slabs, all steps), for rates.
    var pointSteps: Int {
        slabs.reduce(0) { sum, slab in
            let l = slab.layout, across = [l.nz, l.ny, l.nx][slab.normal]
            let perLayer = l.nz * l.ny * l.nx / across
            return sum + (1...steps).reduce(0) { $0 + perLayer * max(0, across - radius * $1) }
        }
    }

    /// Writes into `dst` every point within r·steps of an edge, from `src` after `steps` steps; both row-major
    /// grids of the dims given at creation.
    func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, threads: Int) {
        let h = radius * steps
        for slab in slabs {
            load(slab, from: src)
            var (cur, next) = (slab.a.pointer, slab.b.pointer)
            let l = slab.layout
            for t in 1...steps {
                let live = ([l.nz, l.ny, l.nx][slab.normal]) - radius * t
                var ranges = [0..<l.nz, 0..<l.ny, 0..<l.nx]
                ranges[slab.normal] = slab.high ? (radius * t)..<(radius * t + live) : 0..<live
                let (zs, ys, xs) = (ranges[0], ranges[1], ranges[2])
                nonisolated(unsafe) let (s, d) = (cur, next)
                let taps = slab.taps
                ParallelFor.chunks(count: zs.count * ys.count, workers: threads) { _, items in
                    for item in items {
                        let start = l.index(zs.lowerBound + item / ys.count, ys.lowerBound + item % ys.count, xs.lowerBound)
                        SIMDLineKernel.apply(src: s + start, dst: d + start, count: xs.count, offsets: taps.offsets.pointer,
                                             weights: taps.weights.pointer, taps: taps.count)
                    }
                }
                swap(&cur, &next)
            }
            var kept = [0..<l.nz, 0..<l.ny, 0..<l.nx]
            let across = [l.nz, l.ny, l.nx][slab.normal]
            kept[slab.normal] = slab.high ? (across - min(h, across))..<across : 0..<min(h, across)
            store(slab, from: cur, kept: kept, into: dst)
        }
    }

    /// The grid offset of slab point (z, y, x) (slab axis order).
    @inline(__always) private func gridIndex(_ slab: Slab, _ p: (Int, Int, Int)) -> Int {
        var g = slab.origin
        g[slab.axes[0]] += p.0
        g[slab.axes[1]] += p.1
        g[slab.axes[2]] += p.2
        return (g[0] * grid[1] + g[1]) * grid[2] + g[2]
    }

    private func load(_ slab: Slab, from src: UnsafePointer<Double>) {
        let l = slab.layout, p = slab.a.pointer
        let contiguous = slab.axes[2] == 2
        for z in 0..<l.nz {
            for y in 0..<l.ny {
                let row = p + l.index(z, y, 0)
                if contiguous {
                    row.update(from: src + gridIndex(slab, (z, y, 0)), count: l.nx)
                } else {
                    let first = gridIndex(slab, (z, y, 0)), stride = grid[2]
                    for x in 0..<l.nx { row[x] = src[first + x * stride] }
                }
            }
        }
    }

    private func store(_ slab: Slab, from p: UnsafePointer<Double>, kept: [Range<Int>], into dst: UnsafeMutablePointer<Double>) {
        let l = slab.layout, contiguous = slab.axes[2] == 2
        for z in kept[0] {
            for y in kept[1] {
                let row = p + l.index(z, y, kept[2].lowerBound), first = gridIndex(slab, (z, y, kept[2].lowerBound))
                if contiguous {
                    (dst + first).update(from: row, count: kept[2].count)
                } else {
                    let stride = grid[2]
                    for x in 0..<kept[2].count { dst[first + x * stride] = row[x] }
                }
            }
        }
    }

    /// `kernel` with its y and x offsets exchanged (rank ≥ 2; itself for rank 1).
    static func swappingXY(_ kernel: StencilKernel) -> StencilKernel {
        guard kernel.rank >= 2 else { return kernel }
        let r = kernel.radius, zr = kernel.rank == 3 ? r : 0
        var weights: [Double] = []
        for dz in -zr...zr {
            for dy in -r...r {
                for dx in -r...r { weights.append(kernel.weight(dz: dz, dy: dx, dx: dy)) }
            }
        }
        return try! StencilKernel(rank: kernel.rank, side: kernel.side, weights: weights)
    }
}
