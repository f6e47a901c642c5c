/// Turning a checked URI reading into a `PostgresURL`: parameter overrides, the host/port
/// pairing, and the checks that involve several parameters.
extension PostgresURLType {
    typealias Parameter = PostgresURIReading.Parameter

    /// The typed value, or the problems that several parameters cause together.
    static func assemble(_ uri: PostgresURIReading, user: String?, password: String?) -> ValueParseResult {
        let problems = crossChecks(uri.parameters)
        let hosts: [HostPort]
        switch hostPorts(uri) {
        case .failure(let failure): return ValueParseResult(value: nil, problems: problems + [failure.problem])
        case .success(let pairs): hosts = pairs
        }
        if problems.contains(where: { $0.severity == .error }) { return ValueParseResult(value: nil, problems: problems) }
        let parameters = uri.parameters
        func last(_ name: String) -> String? { parameters.last { $0.item.name == name }?.item.value }
        func nonEmpty(_ text: String?) -> String? { text?.isEmpty == true ? nil : text }
        let url = PostgresURL(hosts: hosts, user: nonEmpty(last("user") ?? user), password: nonEmpty(last("password") ?? password),
                              database: nonEmpty(last("dbname") ?? uri.database), parameters: parameters.map(\.item))
        return ValueParseResult(value: .postgres(url), problems: problems)
    }

    /// Hosts from the URI or the `host` parameter, paired with ports from the URI or the `port`
    /// parameter: one port for all, or one per host.
    private static func hostPorts(_ uri: PostgresURIReading) -> Result<[HostPort], Failure> {
        let hostParameter = uri.parameters.last { $0.item.name == "host" }
        let portParameter = uri.parameters.last { $0.item.name == "port" }
        let names = hostParameter.map { PostgresParameterList.items($0.item.value).map { String(String.UnicodeScalarView($0.text)) } }
            ?? uri.hosts.map(\.host)
        let ports = portParameter.map { PostgresParameterList.items($0.item.value).map { Int(String(String.UnicodeScalarView($0.text))) } }
            ?? uri.hosts.map(\.port)
        if ports.count > 1, ports.count != names.count {
            let offset = (portParameter ?? hostParameter)?.valueOffset
            let hosts = names.count == 1 ? "1 host" : "\(names.count) hosts"
            return .failure(Failure(message: "\(ports.count) ports for \(hosts); give one port, or one per host", offset: offset))
        }
        let pairs = names.enumerated().map { index, name in
            HostPort(host: name, port: ports.count == 1 ? ports[0] : ports.isEmpty ? nil : ports[index])
        }
        return .success(pairs == [HostPort(host: "", port: nil)] ? [] : pairs)
    }

    /// Repeated parameters, `sslnegotiation=direct` with a weak `sslmode`, `sslrootcert=system`
    /// without `verify-full`, inverted protocol ranges, a `connect_timeout` libpq raises.
    static func crossChecks(_ parameters: [Parameter]) -> [ValueProblem] {
        var problems: [ValueProblem] = []
        var seen: Set<String> = []
        for parameter in parameters where !seen.insert(parameter.item.name).inserted {
            problems.append(ValueProblem(severity: .warning, message: "Parameter \(parameter.item.name) is given more than once; libpq uses the last one",
                                         offset: parameter.nameOffset))
        }
        func last(_ name: String) -> Parameter? { parameters.last { $0.item.name == name } }
        let sslmode = last("sslmode")?.item.value
        let strongModes = ["require", "verify-ca", "verify-full"]
        if let negotiation = last("sslnegotiation"), negotiation.item.value == "direct" {
            if let sslmode, !strongModes.contains(sslmode) {
                problems.append(ValueProblem(severity: .error, message: "sslnegotiation=direct requires sslmode require, verify-ca or verify-full",
                                             offset: negotiation.valueOffset))
            } else if sslmode == nil {
                problems.append(ValueProblem(severity: .warning,
                                             message: "sslnegotiation=direct requires sslmode require, verify-ca or verify-full; libpq's default (prefer) is refused unless PGSSLMODE sets one",
                                             offset: negotiation.valueOffset))
            }
        }
        if last("sslrootcert")?.item.value == "system", let mode = last("sslmode"), mode.item.value != "verify-full" {
            problems.append(ValueProblem(severity: .error, message: "sslrootcert=system requires sslmode verify-full", offset: mode.valueOffset))
        }
        problems += rangeProblem(last("ssl_min_protocol_version"), last("ssl_max_protocol_version"),
                                 order: ["tlsv1", "tlsv1.1", "tlsv1.2", "tlsv1.3"])
        problems += rangeProblem(last("min_protocol_version"), last("max_protocol_version"), order: ["3.0", "3.2", "latest"])
        if let timeout = last("connect_timeout"), timeout.item.value == "1" {
            problems.append(ValueProblem(severity: .warning, message: "libpq raises a connect_timeout of 1 to 2 seconds", offset: timeout.valueOffset))
        }
        return problems
    }

    /// An error when the minimum of a range is above its maximum.
    private static func rangeProblem(_ minimum: Parameter?, _ maximum: Parameter?, order: [String]) -> [ValueProblem] {
        guard let minimum, let maximum,
              let low = order.firstIndex(of: minimum.item.value.lowercased()),
              let high = order.firstIndex(of: maximum.item.value.lowercased()), low > high else { return [] }
        return [ValueProblem(severity: .error, message: "\(minimum.item.name) is above \(maximum.item.name)", offset: minimum.valueOffset)]
    }
}
