/// The user information of a URL (`user:password@`): where it ends, whether it holds a
/// delimiter that must be percent-encoded, and its decoded parts.
///
/// A password with an unencoded `@`, `/`, `?` or `#` is the classic broken connection URL.
/// RFC 3986 parsers end the authority at the first `/`, `?` or `#` (the user name becomes the
/// host and the password's start the port) and the user information at the last `@`; libpq
/// ends the user information at the first `@` before any `/` (the rest of the password becomes
/// the host) and never treats `#` as a fragment. `resolve` finds the reading the writer meant,
/// so that the diagnostic can point at the character to encode instead of at a confusing port
/// or host error.
enum URLUserInfo {
    typealias Failure = URLSyntax.Failure

    /// One reading of a URL: the `@` that ends its user information, and what the rest parsed to.
    struct Reading<Parsed> {
        /// The index of the `@`, or nil when there is no user information.
        var at: Int?
        /// The parse of everything after the user information.
        var result: Result<Parsed, Failure>
    }

    /// Whether to look for a later `@` after the RFC 3986 reading.
    enum Retry {
        /// Keep the RFC 3986 reading.
        case no
        /// Take the first later `@` whose reading parses.
        case always
        /// The same, but only when the delimiter the alternative puts in the user information
        /// comes after its `:` — in a password (the RFC reading was plausible on its own).
        case ifInPassword
    }

    /// The RFC 3986 reading (user information up to the last `@` before the first `/`, `?` or
    /// `#` after `start`), unless `retry` says its result looks like a delimiter in the
    /// password: then the first later `@` whose reading parses, if any.
    static func resolve<Parsed>(_ scalars: [Unicode.Scalar], authorityStart start: Int,
                                parse: (Int?) -> Result<Parsed, Failure>,
                                retry: (Result<Parsed, Failure>, _ authorityEnd: Int) -> Retry) -> Reading<Parsed> {
        let end = URLSyntax.firstIndex(in: scalars, start..<scalars.count, of: "/?#")
        let rfcAt = (start..<end).last { scalars[$0] == "@" }
        let first = parse(rfcAt)
        let mode = retry(first, end)
        guard mode != .no else { return Reading(at: rfcAt, result: first) }
        for at in end..<scalars.count where scalars[at] == "@" {
            if mode == .ifInPassword, !delimiterIsInPassword(scalars, start..<at) { continue }
            let alternative = parse(at)
            if case .success = alternative { return Reading(at: at, result: alternative) }
        }
        return Reading(at: rfcAt, result: first)
    }

    /// Whether the first delimiter in `scalars[range]` comes after a `:`.
    private static func delimiterIsInPassword(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let colon = range.first(where: { scalars[$0] == ":" }) else { return false }
        let delimiter = URLSyntax.firstIndex(in: scalars, range, of: "@/?#")
        return colon < delimiter
    }

    /// The first `@`, `/`, `?` or `#` in the user information `scalars[range]`, as an error
    /// that says how to percent-encode it.
    /// The user and password before an `@` (`range`), percent-decoded, or the first problem: a
    /// delimiter left unencoded, or bad percent-encoding.
    static func credentials(_ scalars: [Unicode.Scalar], _ range: Range<Int>)
        -> Result<(user: String?, password: String?), Failure> {
        if let failure = unencodedDelimiter(scalars, range) { return .failure(failure) }
        return decode(scalars, range)
    }

    static func unencodedDelimiter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Failure? {
        let codes: [Unicode.Scalar: String] = ["@": "%40", "/": "%2F", "?": "%3F", "#": "%23"]
        guard let index = range.first(where: { codes[scalars[$0]] != nil }), let code = codes[scalars[index]] else { return nil }
        let part = scalars[range.lowerBound..<index].contains(":") ? "password" : "user name"
        return Failure(message: "Unencoded \(scalars[index]) in the \(part); percent-encode it as \(code)", offset: index)
    }

    /// Splits `user[:password]` at the first `:` and percent-decodes both parts (`%00` refused);
    /// an empty part is nil.
    static func decode(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<(user: String?, password: String?), Failure> {
        let colon = range.first { scalars[$0] == ":" } ?? range.upperBound
        let user: String
        switch URLSyntax.percentDecode(scalars, range.lowerBound..<colon, what: "user name", allowNUL: false) {
        case .failure(let failure): return .failure(failure)
        case .success(let decoded): user = decoded
        }
        var password: String?
        if colon < range.upperBound {
            switch URLSyntax.percentDecode(scalars, colon + 1..<range.upperBound, what: "password", allowNUL: false) {
            case .failure(let failure): return .failure(failure)
            case .success(let decoded): password = decoded
            }
        }
        return .success((user.isEmpty ? nil : user, password?.isEmpty == true ? nil : password))
    }
}
