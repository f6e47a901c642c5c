/// What a libpq connection URI holds after its user information — host list, database name and
/// parameters — read the way libpq's `conninfo_uri_parse_options` reads it.
struct PostgresURIReading {
    typealias Failure = URLSyntax.Failure

    /// One `host[:port]` of the host list.
    struct Host {
        /// The host, percent-decoded; empty for libpq's default (Unix-domain socket or `PGHOST`).
        var host: String
        /// The port, when written.
        var port: Int?
    }

    /// One query parameter, checked, and where its name and value start.
    struct Parameter {
        /// The parameter (aliases already replaced by the parameter they mean).
        var item: QueryItem
        /// The column of the name.
        var nameOffset: Int
        /// The column of the value.
        var valueOffset: Int
    }

    /// The host list, in order.
    var hosts: [Host] = []
    /// The database name, percent-decoded.
    var database: String?
    /// Whether the database name has an unencoded `@` (a hint that the user information ends later).
    var databaseHasAt = false
    /// The parameters, in order.
    var parameters: [Parameter] = []

    /// Reads from `start`: just after the `@` of the user information, or after `://`.
    static func read(_ scalars: [Unicode.Scalar], from start: Int) -> Result<Self, Failure> {
        if let hash = (start..<scalars.count).first(where: { scalars[$0] == "#" }) {
            return .failure(Failure(message: "Unencoded # (libpq keeps it but URL parsers cut the value there); percent-encode it as %23",
                                    offset: hash))
        }
        var reading = Self()
        var index = start
        while true {
            switch host(scalars, from: index) {
            case .failure(let failure): return .failure(failure)
            case .success(let (host, next)):
                reading.hosts.append(host)
                index = next
            }
            guard index < scalars.count, scalars[index] == "," else { break }
            index += 1
        }
        if index < scalars.count, scalars[index] == "/" {
            let end = URLSyntax.firstIndex(in: scalars, index + 1..<scalars.count, of: "?")
            switch URLSyntax.percentDecode(scalars, index + 1..<end, what: "database name", allowNUL: false) {
            case .failure(let failure): return .failure(failure)
            case .success(let name): reading.database = name.isEmpty ? nil : name
            }
            reading.databaseHasAt = scalars[index + 1..<end].contains("@")
            index = end
        }
        if index < scalars.count {
            switch parameters(scalars, index + 1..<scalars.count) {
            case .failure(let failure): return .failure(failure)
            case .success(let parameters): reading.parameters = parameters
            }
        }
        return .success(reading)
    }

    /// One `host[:port]` and the index just after it (at `,`, `/`, `?` or the end).
    private static func host(_ scalars: [Unicode.Scalar], from start: Int) -> Result<(Host, Int), Failure> {
        var next: Int
        var host: String
        if start < scalars.count, scalars[start] == "[" {
            guard let close = (start..<scalars.count).first(where: { scalars[$0] == "]" }) else {
                return .failure(Failure(message: "Missing ] after the IPv6 address", offset: start))
            }
            if close == start + 1 { return .failure(Failure(message: "IPv6 address in brackets is empty", offset: start)) }
            if case .failure(let failure) = HostSyntax.ipv6(scalars, start + 1..<close, zoneMarker: "%25") { return .failure(failure) }
            host = (try? URLSyntax.percentDecode(scalars, start + 1..<close, what: "host").get()) ?? ""
            next = close + 1
            if next < scalars.count, !":/?,".unicodeScalars.contains(scalars[next]) {
                return .failure(Failure(message: "Unexpected character after ]; expected :, /, ? or ,", offset: next))
            }
        } else {
            next = URLSyntax.firstIndex(in: scalars, start..<scalars.count, of: ":/?,")
            switch nameHost(scalars, start..<next) {
            case .failure(let failure): return .failure(failure)
            case .success(let name): host = name
            }
        }
        var port: Int?
        if next < scalars.count, scalars[next] == ":" {
            let end = URLSyntax.firstIndex(in: scalars, next + 1..<scalars.count, of: "/?,")
            switch URLHostPort.port(scalars, next + 1..<end, range: 1...65535) {
            case .failure(let failure): return .failure(failure)
            case .success(let value): port = value
            }
            next = end
        }
        return .success((Host(host: host, port: port), next))
    }

    /// An empty host, a percent-encoded socket directory (`%2Fvar%2Frun%2Fpostgresql`), or a
    /// name or IPv4 address (underscores allowed, as resolvers accept them).
    private static func nameHost(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<String, Failure> {
        let decoded: String
        switch URLSyntax.percentDecode(scalars, range, what: "host", allowNUL: false) {
        case .failure(let failure): return .failure(failure)
        case .success(let text): decoded = text
        }
        if decoded.isEmpty || decoded.hasPrefix("/") { return .success(decoded) }
        let rules = HostSyntax.Rules(allowUnderscore: true)
        if !scalars[range].contains("%") {
            if case .failure(let failure) = HostSyntax.nameOrIPv4(scalars, range, rules: rules) { return .failure(failure) }
        } else {
            let inner = Array(decoded.unicodeScalars)
            if case .failure(var failure) = HostSyntax.nameOrIPv4(inner, 0..<inner.count, rules: rules) {
                failure.offset = range.lowerBound
                return .failure(failure)
            }
        }
        return .success(decoded)
    }

    /// `name=value&…`, each checked against libpq's parameters.
    private static func parameters(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result<[Parameter], Failure> {
        var parameters: [Parameter] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let nameStart = index
            var equals: Int?
            while index < range.upperBound, scalars[index] != "&" {
                if scalars[index] == "=" {
                    if equals != nil {
                        return .failure(Failure(message: "A second = in a parameter; percent-encode it in the value as %3D", offset: index))
                    }
                    equals = index
                }
                index += 1
            }
            guard let equals else {
                let hasAt = scalars[nameStart..<index].contains("@")
                return .failure(Failure(message: "Parameter without = (expected name=value)", offset: nameStart, mayBeCredentials: hasAt))
            }
            switch parameter(scalars, name: nameStart..<equals, value: equals + 1..<index) {
            case .failure(let failure): return .failure(failure)
            case .success(let parameter): parameters.append(parameter)
            }
            if index < range.upperBound { index += 1 }
        }
        return .success(parameters)
    }

    private static func parameter(_ scalars: [Unicode.Scalar], name nameRange: Range<Int>, value valueRange: Range<Int>) -> Result<Parameter, Failure> {
        let name = URLSyntax.percentDecode(scalars, nameRange, what: "parameter name", allowNUL: false)
        let value = URLSyntax.percentDecode(scalars, valueRange, what: "parameter value", allowNUL: false)
        switch (name, value) {
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
        case (.success(let name), .success(let value)):
            return PostgresParameters.check(name: name, value: value, nameOffset: nameRange.lowerBound, valueOffset: valueRange.lowerBound)
                .map { Parameter(item: $0, nameOffset: nameRange.lowerBound, valueOffset: valueRange.lowerBound) }
        }
    }
}
