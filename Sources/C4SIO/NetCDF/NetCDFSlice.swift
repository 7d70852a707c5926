/// Checks hyperslab bounds before they reach libnetcdf, so that errors name the dimension at fault.
enum NetCDFSlice {
    /// Throws unless `start` and `count` have one non-negative entry per dimension of `variable` and every
    /// `start[i] + count[i]` is within the dimension's current length.
    static func validate(start: [Int], count: [Int], of variable: NetCDFVariable, path: String) throws {
        let rank = variable.shape.count
        let dimensionList = "(" + variable.dimensions.joined(separator: ", ") + ")"
        guard start.count == rank, count.count == rank else {
            throw NetCDFError.usage(
                "variable '\(variable.pathName)' has \(rank) dimension\(rank == 1 ? "" : "s") \(dimensionList); "
                    + "start has \(start.count) and count has \(count.count) entries",
                path: path)
        }
        for axis in 0..<rank where start[axis] < 0 || count[axis] < 0 || start[axis] + count[axis] > variable.shape[axis] {
            throw NetCDFError.usage(
                "slice start \(start[axis]), count \(count[axis]) is outside dimension '\(variable.dimensions[axis])' "
                    + "(length \(variable.shape[axis])) of variable '\(variable.pathName)'",
                path: path)
        }
    }
}
