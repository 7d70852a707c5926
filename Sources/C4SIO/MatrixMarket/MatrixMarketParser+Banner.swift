extension MatrixMarketParser {
    private static let bannerTemplate = "'%%MatrixMarket matrix <coordinate|array> "
        + "<real|integer|complex|pattern> <general|symmetric|skew-symmetric|hermitian>'"

    /// Reads line 1, `%%MatrixMarket object format field symmetry`, keywords in any case.
    mutating func parseBanner() throws(MatrixMarketError) -> MatrixMarketHeader {
        guard scanner.advanceLine() else {
            throw failure("the file is empty; a Matrix Market file starts with the banner \(Self.bannerTemplate)")
        }
        guard !scanner.tokens.isEmpty, scanner.token(0, equalsIgnoringCase: "%%MatrixMarket") else {
            throw failure("missing banner: the first line is \(scanner.quotedLine) but a Matrix Market file "
                + "starts with \(Self.bannerTemplate)")
        }
        let header = MatrixMarketHeader(
            object: try keyword(at: 1, kind: "object"),
            format: try keyword(at: 2, kind: "format"),
            field: try keyword(at: 3, kind: "field"),
            symmetry: try keyword(at: 4, kind: "symmetry"))
        if scanner.tokens.count > 5 {
            throw failure("unexpected \(scanner.quoted(5)) after the symmetry; the banner is \(Self.bannerTemplate)")
        }
        if let problem = header.validityProblem { throw failure(problem) }
        return header
    }

    private func keyword<Keyword: RawRepresentable & CaseIterable>(
        at position: Int, kind: String
    ) throws(MatrixMarketError) -> Keyword where Keyword.RawValue == String {
        let valid = Keyword.allCases.map(\.rawValue).joined(separator: ", ")
        let plural = kind == "symmetry" ? "symmetries" : kind + "s"
        guard position < scanner.tokens.count else {
            throw failure("the banner ends before the \(kind); valid \(plural) are \(valid)")
        }
        guard let match = Keyword.allCases.first(where: { scanner.token(position, equalsIgnoringCase: $0.rawValue) })
        else {
            throw failure("unknown \(kind) \(scanner.quoted(position)); valid \(plural) are \(valid)")
        }
        return match
    }
}
