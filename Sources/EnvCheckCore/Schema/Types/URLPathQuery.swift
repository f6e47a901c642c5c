/// The path, query and fragment of a URL (RFC 3986), for the `url` type.
enum URLPathQuery {
    typealias Failure = URLSyntax.Failure

    /// What follows the authority.
    struct Rest {
        /// The path, as written.
        var path: String
        /// The query items, percent-decoded.
        var query: [QueryItem]
        /// The fragment, as written, without `#`.
        var fragment: String?
    }

    /// Checks and splits `path[?query][#fragment]` from `start` to the end.
    static func pathQueryFragment(_ scalars: [Unicode.Scalar], from start: Int) -> Result<Rest, Failure> {
        let end = scalars.count
        let queryMark = URLSyntax.firstIndex(in: scalars, start..<end, of: "?#")
        if let failure = check(scalars, start..<queryMark, part: "path") { return .failure(failure) }
        var rest = Rest(path: URLSyntax.string(scalars, start..<queryMark), query: [], fragment: nil)
        var index = queryMark
        if index < end, scalars[index] == "?" {
            let fragmentMark = URLSyntax.firstIndex(in: scalars, index + 1..<end, of: "#")
            if let failure = check(scalars, index + 1..<fragmentMark, part: "query") { return .failure(failure) }
            switch items(scalars, index + 1..<fragmentMark) {
            case .failure(let failure): return .failure(failure)
            case .success(let items): rest.query = items
            }
            index = fragmentMark
        }
        if index < end {
            if let failure = check(scalars, index + 1..<end, part: "fragment") { return .failure(failure) }
            rest.fragment = URLSyntax.string(scalars, index + 1..<end)
        }
        return .success(rest)
    }

    /// Every character is `pchar`, `/` or (outside the path) `?`, and every `%` starts an escape.
    static func check(_ scalars: [Unicode.Scalar], _ range: Range<Int>, part: String) -> Failure? {
        if let failure = URLSyntax.badPercent(scalars, range, what: part) { return failure }
        for index in range {
            let scalar = scalars[index]
            if URLSyntax.isUnreserved(scalar) || URLSyntax.isSubDelimiter(scalar) || ":@/%".unicodeScalars.contains(scalar) { continue }
            if scalar == "?", part != "path" { continue }
            return Failure(message: message(for: scalar, part: part), offset: index)
        }
        return nil
    }

    private static func message(for scalar: Unicode.Scalar, part: String) -> String {
        switch scalar {
        case " ": "Space in the \(part); percent-encode it as %20"
        case "#": "Unencoded # in the \(part); percent-encode it as %23"
        default:
            scalar.value > 0x7F ? "Non-ASCII character in the \(part); percent-encode it as UTF-8"
                                : "Character not allowed in the \(part); percent-encode it"
        }
    }

    /// `name=value` items separated by `&` (empty items skipped; no `=` means an empty value).
    private static func items(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<[QueryItem], Failure> {
        var items: [QueryItem] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = URLSyntax.firstIndex(in: scalars, start..<range.upperBound, of: "&")
            if end > start {
                let equals = URLSyntax.firstIndex(in: scalars, start..<end, of: "=")
                let name = URLSyntax.percentDecode(scalars, start..<equals, what: "query")
                let value = URLSyntax.percentDecode(scalars, min(equals + 1, end)..<end, what: "query")
                switch (name, value) {
                case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
                case (.success(let name), .success(let value)): items.append(QueryItem(name: name, value: value))
                }
            }
            start = end + 1
        }
        return .success(items)
    }
}
