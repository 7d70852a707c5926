/// How the raw values of one numeric variable become physical values, following the netCDF Users Guide
/// attribute conventions the way netCDF4-python applies them (`set_auto_maskandscale(True)`):
///
/// 1. A raw value is missing (NaN) when it equals `_FillValue`, or, when the variable has no `_FillValue`
///    and is not a one-byte type, the netCDF default fill value of its type (`NC_FILL_SHORT`,
///    `9.96921e+36f`, …); when it equals any value of `missing_value`; when it is below `valid_min` or above
///    `valid_max`; or when it lies outside `valid_range` (`valid_min`/`valid_max` take precedence). These
///    comparisons happen on raw (packed) values, with each attribute first converted to the variable's type;
///    an attribute that the type cannot hold exactly (a fraction for an integer variable, `0.1` for a float
///    variable) or that is not numeric is ignored, as netCDF4-python ignores it.
/// 2. The other values are unpacked: `value * scale_factor + add_offset` (either may be absent).
///
/// Not applied: `_Unsigned` (netCDF-3 unsigned-integer convention) and the NUG suggestion that a
/// `_FillValue` alone implies a valid range (netCDF4-python does not apply it either). One difference from
/// netCDF4-python: it also treats the default fill of byte and ubyte variables (-127, 255) as missing;
/// this reader follows the NUG and ncdump, which give one-byte types no default fill value.
struct NetCDFUnpacking {
    /// Raw values that mean "missing" (fill value and missing values), in the variable's type.
    private var missingValues: [Double] = []
    private var validMin: Double?
    private var validMax: Double?
    private var scaleFactor: Double?
    private var addOffset: Double?

    /// The rules for `variable`, of numeric type `type`; throws when `scale_factor` or `add_offset` is not a
    /// single number or `valid_range` does not hold two numbers.
    init(variable: NetCDFVariable, type: NetCDFPrimitiveType, path: String) throws {
        func exact(_ attribute: String) -> [Double]? {
            guard let numbers = variable.attribute(attribute)?.numbers else { return nil }
            let converted = numbers.compactMap(type.exactly)
            return converted.count == numbers.count ? converted : nil
        }
        func single(_ attribute: String) throws -> Double? {
            guard let value = variable.attribute(attribute) else { return nil }
            guard let numbers = value.numbers, numbers.count == 1 else {
                throw NetCDFError.usage(
                    "variable '\(variable.pathName)': attribute \(attribute) must be one number, found \(value.cdlDescription)",
                    path: path)
            }
            return numbers[0]
        }

        if let fill = exact("_FillValue") {
            missingValues += fill
        } else if let defaultFill = type.conventionalDefaultFill {
            missingValues.append(defaultFill)
        }
        missingValues += exact("missing_value") ?? []
        if let rangeValue = variable.attribute("valid_range"), let range = rangeValue.numbers, range.count != 2 {
            throw NetCDFError.usage(
                "variable '\(variable.pathName)': attribute valid_range must hold two numbers, found \(rangeValue.cdlDescription)",
                path: path)
        }
        if let range = exact("valid_range") {
            validMin = range[0]
            validMax = range[1]
        }
        if let minimum = exact("valid_min")?.first { validMin = minimum }
        if let maximum = exact("valid_max")?.first { validMax = maximum }
        scaleFactor = try single("scale_factor")
        addOffset = try single("add_offset")
    }

    /// Replaces missing raw values by NaN and unpacks the others, in place.
    func apply(to values: inout [Double]) {
        let low = validMin ?? -.infinity
        let high = validMax ?? .infinity
        let scale = scaleFactor ?? 1
        let offset = addOffset ?? 0
        let missing = missingValues.filter { !$0.isNaN }
        values.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices {
                let raw = buffer[index]
                if raw < low || raw > high || missing.contains(raw) {
                    buffer[index] = .nan
                } else {
                    buffer[index] = raw * scale + offset
                }
            }
        }
    }
}
