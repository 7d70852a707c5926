import Foundation

/// Timestamps as ISO 8601 text with milliseconds in UTC (e.g. `2026-11-23T12:00:00.000Z`).
public enum ISO8601 {
    /// The text form of a date.
    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
