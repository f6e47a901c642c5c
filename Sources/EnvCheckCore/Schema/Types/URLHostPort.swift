/// The `host[:port]` part of a URL authority, shared by the `url` and `redis-url` types.
enum URLHostPort {
    typealias Failure = URLSyntax.Failure

    /// Splits and checks `host[:port]` in `scalars[range]`: the host (nil when empty; an IPv6
    /// address without brackets, its `%25` zone marker decoded to `%`) and where the port
    /// starts, when a `:` is written. Names may contain underscores (resolvers and Docker's
    /// DNS accept them).
    static func split(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<(host: String?, portStart: Int?), Failure> {
        guard !range.isEmpty else { return .success((nil, nil)) }
        if scalars[range.lowerBound] == "[" { return bracketed(scalars, range) }
        let colons = range.filter { scalars[$0] == ":" }
        if colons.count > 1 {
            return .failure(Failure(message: "An IPv6 address must be in brackets, like [::1]", offset: range.lowerBound))
        }
        let nameEnd = colons.first ?? range.upperBound
        var host: String?
        if nameEnd > range.lowerBound {
            let rules = HostSyntax.Rules(allowUnderscore: true)
            if case .failure(let failure) = HostSyntax.nameOrIPv4(scalars, range.lowerBound..<nameEnd, rules: rules) {
                return .failure(failure)
            }
            host = URLSyntax.string(scalars, range.lowerBound..<nameEnd)
        }
        return .success((host, colons.first.map { $0 + 1 }))
    }

    /// `[IPv6]` then nothing or `:port`.
    private static func bracketed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<(host: String?, portStart: Int?), Failure> {
        let open = range.lowerBound
        guard let close = range.first(where: { scalars[$0] == "]" }) else {
            return .failure(Failure(message: "Missing ] after the IPv6 address", offset: open))
        }
        if close == open + 1 { return .failure(Failure(message: "IPv6 address in brackets is empty", offset: open)) }
        if scalars[open + 1] == "v" || scalars[open + 1] == "V" {
            return .failure(Failure(message: "IPvFuture addresses are not supported", offset: open + 1))
        }
        if case .failure(let failure) = HostSyntax.ipv6(scalars, open + 1..<close, zoneMarker: "%25") { return .failure(failure) }
        var portStart: Int?
        if close + 1 < range.upperBound {
            guard scalars[close + 1] == ":" else {
                return .failure(Failure(message: "Unexpected character after ]; expected : and a port", offset: close + 1))
            }
            portStart = close + 2
        }
        var host = URLSyntax.string(scalars, open + 1..<close)
        if let percent = (open + 1..<close).first(where: { scalars[$0] == "%" }) {
            host = URLSyntax.string(scalars, open + 1..<percent) + "%" + URLSyntax.string(scalars, percent + 3..<close)
        }
        return .success((host, portStart))
    }

    /// A decimal port in `scalars[range]` within `allowed`; nil when empty.
    static func port(_ scalars: [Unicode.Scalar], _ range: Range<Int>, range allowed: ClosedRange<Int>) -> Result<Int?, Failure> {
        guard !range.isEmpty else { return .success(nil) }
        if let bad = range.first(where: { !URLSyntax.isDigit(scalars[$0]) }) {
            let message = scalars[bad] == "@" ? "Unexpected @ after the port" : "Port must be a decimal number"
            return .failure(Failure(message: message, offset: bad))
        }
        guard range.count <= 5, let value = Int(URLSyntax.string(scalars, range)), allowed.contains(value) else {
            return .failure(Failure(message: "Port must be between \(allowed.lowerBound) and \(allowed.upperBound)", offset: range.lowerBound))
        }
        return .success(value)
    }
}
