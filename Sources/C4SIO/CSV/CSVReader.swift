import Foundation

/// Reads CSV files into `CSVTable`s.
///
/// Syntax (RFC 4180 plus comments): see `CSVRecordParser` — comma-separated fields, quoted fields with
/// commas, line breaks and `""`, `\n`/`\r\n` line ends, an optional final line end, `#` comment lines
/// anywhere (collected in `CSVTable.comments`), blank lines skipped. The first record is the header line.
/// Field counts: see `CSVReadOptions` — every data row must have exactly one field per column name.
public enum CSVReader {
    /// Reads the file at the file URL `url`. Throws a `CSVError` naming the file (and the line) when it
    /// cannot be read, has no header line, or breaks the syntax or field-count rules.
    public static func read(url: URL, options: CSVReadOptions = .strict) throws -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CSVError(source: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try table(from: [UInt8](data), source: url.path, options: options)
    }

    /// Reads CSV `text`; `source` names it in errors and in `CSVTable.source`.
    public static func parse(text: String, source: String, options: CSVReadOptions = .strict) throws -> CSVTable {
        try table(from: Array(text.utf8), source: source, options: options)
    }

    private static func table(from bytes: [UInt8], source: String, options: CSVReadOptions) throws -> CSVTable {
        let (records, comments) = try CSVRecordParser(source: source).parse(bytes)
        guard let headerRecord = records.first else {
            throw CSVError(source: source, line: nil, message: "no header line (the file has only blank or # comment lines)")
        }
        let names: [String]
        switch options {
        case .strict: names = headerRecord.fields
        case .columnNames(let given): names = given
        }
        var columns = [[String]](repeating: [], count: names.count)
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw fieldCountError(record, names: names, options: options, source: source)
            }
            for (column, field) in record.fields.enumerated() { columns[column].append(field) }
        }
        return CSVTable(source: source, header: names, fileHeader: headerRecord.fields, headerLine: headerRecord.line,
                        columns: columns, lineNumbers: records.dropFirst().map(\.line), comments: comments)
    }

    private static func fieldCountError(
        _ record: CSVRecord, names: [String], options: CSVReadOptions, source: String
    ) -> CSVError {
        let origin = options == .strict ? "header" : "column names"
        var message = "expected \(names.count) fields (\(origin): \(names.joined(separator: ", "))), "
            + "found \(record.fields.count)"
        if record.fields.count > names.count, options == .strict {
            message += "; to read rows with more fields than header names, name every field with .columnNames([…])"
        }
        return CSVError(source: source, line: record.line, message: message)
    }
}
