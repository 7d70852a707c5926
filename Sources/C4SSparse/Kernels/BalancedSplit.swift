/// Splits `count` items with prefix offsets `offsets` (count + 1 ascending values) into `parts` contiguous
/// ranges of near-equal (items + offset span), so that threads get similar work whether it sits in many
/// short items or a few long ones.
enum BalancedSplit {
    /// The first item of part `part` (0...parts): the smallest i with i + offsets[i] >= part · (count + total) / parts.
    static func start(of part: Int, parts: Int, count: Int, offsets: UnsafePointer<Int>) -> Int {
        if part <= 0 { return 0 }
        if part >= parts { return count }
        let base = offsets[0]
        let target = part * (count + offsets[count] - base) / parts
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mid + offsets[mid] - base < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
