import C4SIO
import Foundation
import Testing

/// CSV syntax and field-count rules on small texts.
struct CSVReaderTests {
    private func parse(_ text: String, _ options: CSVReadOptions = .strict) throws -> CSVTable {
        try CSVReader.parse(text: text, source: "case.csv", options: options)
    }

    /// The error reading `text` throws; records an issue when it reads.
    private func parseError(_ text: String, _ options: CSVReadOptions = .strict,
                            sourceLocation: SourceLocation = #_sourceLocation) throws -> CSVError {
        try #require(throws: CSVError.self, sourceLocation: sourceLocation) { try parse(text, options) }
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks; line numbers follow the file")
    func quotedFields() throws {
        let table = try parse("name,note\n\"Smith, J.\",\"said \"\"hi\"\"\"\n\"multi\nline\",x\nlast,\"\"\n")
        #expect(table.header == ["name", "note"])
        #expect(try table.strings(column: "name") == ["Smith, J.", "multi\nline", "last"])
        #expect(try table.strings(column: "note") == ["said \"hi\"", "x", ""])
        #expect(table.lineNumbers == [2, 3, 5])
    }

    @Test("CRLF, LF and a missing final line end read the same")
    func lineEndings() throws {
        let lf = try parse("a,b\n1,2\n3,4\n")
        let crlf = try parse("a,b\r\n1,2\r\n3,4\r\n")
        let noFinal = try parse("a,b\r\n1,2\r\n3,4")
        #expect(crlf.columns == lf.columns && noFinal.columns == lf.columns)
        #expect(crlf.lineNumbers == [2, 3] && noFinal.lineNumbers == [2, 3])
        #expect(try crlf.strings(column: "b") == ["2", "4"])
        let quotedCRLF = try parse("a,b\r\n\"x\r\ny\",2\r\n")
        #expect(try quotedCRLF.strings(column: "a") == ["x\r\ny"])
    }

    @Test("comment lines anywhere are collected; blank and whitespace-only lines are skipped")
    func commentsAndBlankLines() throws {
        let table = try parse("# title\n\nyear,value\n# between rows\n1,2\n   \n\t\n3,4\n#end  \n\n")
        #expect(table.comments == ["title", "between rows", "end"])
        #expect(table.headerLine == 3)
        #expect(table.lineNumbers == [5, 8])
        #expect(try table.doubles(column: "value") == [2, 4])
        let hashInQuotes = try parse("a,b\n\"#not a comment\",1\n")
        #expect(try hashInQuotes.strings(column: "a") == ["#not a comment"])
    }

    @Test("empty fields, empty cells and NaN read as NaN in doubles; spaces are kept in strings")
    func emptyFields() throws {
        let table = try parse("a,b,c\n,1, 2 \nNaN,,nan\n1e3,-0.5,inf\n")
        let a = try table.doubles(column: "a")
        #expect(a[0].isNaN && a[1].isNaN && a[2] == 1000)
        let b = try table.doubles(column: "b")
        #expect(b[0] == 1 && b[1].isNaN && b[2] == -0.5)
        let c = try table.doubles(column: "c")
        #expect(c[0] == 2 && c[1].isNaN && c[2] == .infinity)
        #expect(try table.strings(column: "c") == [" 2 ", "nan", "inf"])
        let trailingComma = try parse("a,b\n1,\n")
        #expect(try trailingComma.strings(column: "b") == [""])
    }

    @Test("an unreadable number names the line, row, column and text")
    func unreadableNumber() throws {
        let table = try parse("# c\nyear,value\n1,2\n2,abc\n")
        let error = try #require(throws: CSVError.self) { try table.doubles(column: "value") }
        #expect(error.line == 4)
        #expect(error.description == "case.csv:4: row 2, column 'value': \"abc\" is not a number")
        let intError = try #require(throws: CSVError.self) { try parse("year\n1\n2.5\n").ints(column: "year") }
        #expect(intError.line == 3 && intError.message.contains("is not an integer"))
        let unknown = try #require(throws: CSVError.self) { try table.doubles(column: "Value") }
        #expect(unknown.message == "no column named 'Value'; columns: \"year\", \"value\"")
    }

    @Test("more fields than header names: .strict refuses, .columnNames reads")
    func extraFields() throws {
        let text = "Date,Average\n2020-01,1,2\n2020-02,3,4\n"
        let error = try parseError(text)
        #expect(error.line == 2)
        #expect(error.message.contains("expected 2 fields (header: Date, Average), found 3"))
        #expect(error.message.contains(".columnNames"))
        #expect(error.description.hasPrefix("case.csv:2: "))

        let table = try parse(text, .columnNames(["date", "average", "unc"]))
        #expect(table.header == ["date", "average", "unc"])
        #expect(table.fileHeader == ["Date", "Average"])
        #expect(try table.doubles(column: "unc") == [2, 4])

        let tooFewNames = try parseError(text, .columnNames(["date", "average"]))
        #expect(tooFewNames.line == 2 && tooFewNames.message.contains("column names: date, average"))
    }

    @Test("fewer fields than header names is an error with the file and line, in both modes")
    func shortRows() throws {
        let strict = try parseError("a,b,c\n1,2,3\n4,5\n")
        #expect(strict.source == "case.csv" && strict.line == 3)
        #expect(strict.message == "expected 3 fields (header: a, b, c), found 2")
        let schema = try parseError("a,b\n1,2\n", .columnNames(["a", "b", "c"]))
        #expect(schema.line == 2)
    }

    @Test("malformed quoting and empty input are errors naming the line")
    func malformed() throws {
        #expect(try parseError("a,b\n\"open,1\n2,3\n").line == 2)
        let after = try parseError("a,b\n\"x\"y,1\n")
        #expect(after.line == 2 && after.message.contains("after the closing quote"))
        let bare = try parseError("a,b\nx\"y,1\n")
        #expect(bare.line == 2 && bare.message.contains("quote inside an unquoted field"))
        let empty = try parseError("# only a comment\n\n")
        #expect(empty.line == nil && empty.message.contains("no header line"))
    }

    @Test("a UTF-8 byte order mark is ignored and a header-only file has no rows")
    func byteOrderMarkAndHeaderOnly() throws {
        let table = try parse("\u{FEFF}x,y\n")
        #expect(table.header == ["x", "y"] && table.rowCount == 0 && table.columns == [[], []])
    }

    @Test("reading a missing file names it")
    func missingFile() throws {
        let error = try #require(throws: CSVError.self) {
            try CSVReader.read(url: URL(fileURLWithPath: "/nonexistent/c4s.csv"))
        }
        #expect(error.source == "/nonexistent/c4s.csv" && error.line == nil)
    }
}
