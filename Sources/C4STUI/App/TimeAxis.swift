import C4SIO
import Foundation

/// Labels for the values of a CF time coordinate (`days since 1800-01-01`, `seconds since …`):
/// `YYYY-MM-DD`, or the raw numbers when the units are not of that form.
enum TimeAxis {
    static func labels(file: NetCDFFile, dimension: String, count: Int) -> [String]? {
        guard let variable = try? file.variable(dimension), let units = variable.units,
              let values = try? file.readDoubles(dimension).values, values.count == count
        else { return nil }
        let parts = units.lowercased().components(separatedBy: " since ")
        let seconds: Double? = switch parts.first?.trimmingCharacters(in: .whitespaces) {
        case "days", "day": 86_400
        case "hours", "hour": 3_600
        case "seconds", "second", "s": 1
        default: nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let seconds, parts.count == 2, let origin = formatter.date(from: String(parts[1].prefix(10))) else {
            return values.map { String(format: "%g", $0) }
        }
        return values.map { formatter.string(from: origin.addingTimeInterval($0 * seconds)) }
    }
}
