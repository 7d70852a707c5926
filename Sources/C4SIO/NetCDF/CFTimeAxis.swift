import Foundation

/// A CF time coordinate (`<unit> since <date>`, e.g. `days since 1800-01-01`, `seconds since 1970-01-01
/// 00:00:00`): its values as instants and as calendar months. Units may be days, hours, minutes or
/// seconds (any capitalisation); the origin is a UTC date with an optional time of day. Calendars other
/// than the standard Gregorian ones are not supported (`gregorian`, `standard`, `proleptic_gregorian`
/// agree for dates after 1582).
public struct CFTimeAxis: Sendable, Equatable {
    /// The instants, in file order.
    public let dates: [Date]

    /// Parses `units` and converts `values` (in those units) to instants.
    /// - Throws: `CFTimeAxisError` naming the units when they are not of the CF form above.
    public init(values: [Double], units: String, calendar: String? = nil) throws {
        let parts = units.trimmingCharacters(in: .whitespaces).components(separatedBy: " since ")
        let seconds: Double? = switch parts.first?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "days", "day", "d": 86_400
        case "hours", "hour", "h": 3_600
        case "minutes", "minute", "min": 60
        case "seconds", "second", "s": 1
        default: nil
        }
        if let calendar, !["gregorian", "standard", "proleptic_gregorian"].contains(calendar.lowercased()) {
            throw CFTimeAxisError.unsupported(units: units, reason: "calendar \(calendar); supported: gregorian, standard, proleptic_gregorian")
        }
        guard let seconds, parts.count == 2, let origin = Self.origin(parts[1]) else {
            throw CFTimeAxisError.unsupported(units: units, reason: "expected '<days|hours|minutes|seconds> since YYYY-MM-DD[ hh:mm:ss]'")
        }
        dates = values.map { origin.addingTimeInterval($0 * seconds) }
    }

    /// The time coordinate of a netCDF dimension (the variable of the same name with a `units` attribute).
    /// - Throws: `NetCDFError` when unreadable, `CFTimeAxisError` when it has no CF units.
    public init(file: NetCDFFile, dimension: String) throws {
        let variable = try file.variable(dimension)
        guard let units = variable.units else {
            throw CFTimeAxisError.unsupported(units: "", reason: "\(file.url.lastPathComponent): \(dimension) has no units attribute")
        }
        var calendar: String?
        if case .text(let text)? = variable.attribute("calendar") { calendar = text }
        try self.init(values: file.readDoubles(dimension).values, units: units, calendar: calendar)
    }

    /// Calendar year and month (1…12) of each instant, UTC.
    public var yearMonths: [(year: Int, month: Int)] {
        dates.map { date in
            let c = Self.utc.dateComponents([.year, .month], from: date)
            return (c.year!, c.month!)
        }
    }

    /// Each instant as `YYYY-MM-DD` (UTC).
    public var labels: [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return dates.map(formatter.string(from:))
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    private static func origin(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "T", with: " ")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for (format, length) in [("yyyy-MM-dd HH:mm:ss", 19), ("yyyy-MM-dd HH:mm", 16), ("yyyy-MM-dd", 10)] where trimmed.count >= length {
            formatter.dateFormat = format
            if let date = formatter.date(from: String(trimmed.prefix(length))) { return date }
        }
        return nil
    }
}

/// A time coordinate that is not a CF time axis this reader understands.
public enum CFTimeAxisError: Error, Equatable, CustomStringConvertible {
    /// The units (or calendar) cannot be converted; `reason` says what would be valid.
    case unsupported(units: String, reason: String)

    /// What is wrong.
    public var description: String {
        switch self {
        case .unsupported(let units, let reason): "time units '\(units)' not understood: \(reason)"
        }
    }
}
