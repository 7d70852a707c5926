/// How `CSVReader` names the columns of a file and what it does with rows whose field count differs.
///
/// Every data row must have exactly one field per column name: a row with fewer fields, or with more
/// (as in NOAA's monthly CO2 files, whose rows carry uncertainty columns the header does not name), is an
/// error naming the file, the line, and the expected and found field counts. Nothing is padded, dropped
/// or guessed, so a column can never silently hold another column's values.
public enum CSVReadOptions: Sendable, Equatable {
    /// The file's header line (its first record that is not blank or a comment) names the columns.
    case strict
    /// `names` name the columns instead of the header line. The header line is still read, kept as
    /// `CSVTable.fileHeader`, and skipped; it may have any number of fields. Use this for files whose
    /// header is wrong or incomplete (see `NOAACO2Monthly`).
    case columnNames([String])
}
