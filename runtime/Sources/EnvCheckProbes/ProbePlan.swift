import EnvCheckCore

/// Which services a project declares, as probe targets.
///
/// - Every schema variable whose value is a PostgreSQL or Redis URL (`postgres-url`,
///   `redis-url`): critical unless the schema says `critical: false`.
/// - Every compose service that runs with the active profiles and has
///   `x-envcheck-probe: URL` (or `{url: URL, critical: false}`): an HTTP probe (`tcp://host:port`
///   for a bare connect).
/// - Every other published port of such a service that no probe above already covers: a TCP
///   probe of the published address. Critical unless the service only runs under a profile.
public struct ProbePlan: Sendable {
    /// What to probe.
    public var targets: [ProbeTarget] = []
    /// Why something could not be probed (an invalid or missing URL): configuration findings.
    public var problems: [Diagnostic] = []

    /// The compose service extension that declares a service's health URL.
    public static let extensionKey = "x-envcheck-probe"

    /// The plan for a schema context and a compose project (either may be absent).
    public init(context: SchemaContext?, compose: ComposeProject?) {
        if let context { addSchemaTargets(context) }
        if let compose { addComposeTargets(compose) }
    }

    private mutating func addSchemaTargets(_ context: SchemaContext) {
        for spec in context.schema.variables where spec.typeName == "postgres-url" || spec.typeName == "redis-url" {
            guard let value = context.value(of: spec.name) else {
                if spec.required.applies(to: context.environment) {
                    problems.append(context.declarationDiagnostic(
                        ProbeRules.unprobed, "\(spec.name) is required but not set, so it cannot be probed", variable: spec.name))
                }
                continue
            }
            if value.value.isEmpty, !spec.required.applies(to: context.environment) { continue }
            let probe: (any Probe)? = switch context.parsed[spec.name]?.value {
            case .postgres(let url): PostgresProbe(url: url)
            case .redis(let url): RedisProbe(url: url)
            default: nil
            }
            let location = context.diagnostic(ProbeRules.unprobed, "", variable: spec.name)
            guard let probe else {
                problems.append(context.diagnostic(
                    ProbeRules.unprobed, "\(spec.name) is not a valid \(spec.typeName) (see `envcheck check`), so it cannot be probed",
                    variable: spec.name))
                continue
            }
            targets.append(ProbeTarget(name: spec.name, probe: probe, isCritical: spec.isCritical,
                                       path: location.path, range: location.range))
        }
    }

    private mutating func addComposeTargets(_ compose: ComposeProject) {
        for service in compose.services where service.isActive(profiles: compose.activeProfiles) {
            let isCritical = service.profiles.isEmpty
            if let declaration = service.node[Self.extensionKey] {
                addDeclaredProbe(declaration, service: service, defaultCritical: isCritical)
                continue
            }
            for port in service.ports {
                guard case .success(let mapping) = port.mapping, let published = mapping.published,
                      mapping.transport == "tcp" else { continue }
                let host = Self.connectableHost(mapping.hostIP)
                guard !isCovered(port: published.lowerBound) else { continue }
                targets.append(ProbeTarget(
                    name: "service \(service.name)", probe: TCPProbe(host: host, port: published.lowerBound),
                    isCritical: isCritical, path: port.node.file, range: SourceRange(start: port.node.start, end: port.node.end)))
            }
        }
    }

    private mutating func addDeclaredProbe(_ node: YAMLNode, service: ComposeService, defaultCritical: Bool) {
        let text = node.scalar ?? node["url"]?.scalar
        let isCritical = node["critical"]?.scalar.map { $0 == "true" } ?? defaultCritical
        let range = SourceRange(start: node.start, end: node.end)
        guard let text, let probe = Self.probe(forURL: text) else {
            problems.append(Diagnostic(
                ruleID: ProbeRules.unprobed.id, severity: .error,
                message: "\(Self.extensionKey) of service \(service.name) is not an http://, https:// or tcp:// URL",
                path: node.file, range: range,
                help: "write `\(Self.extensionKey): http://localhost:8080/` or `{url: …, critical: false}`"))
            return
        }
        targets.append(ProbeTarget(name: "service \(service.name)", probe: probe, isCritical: isCritical,
                                   path: node.file, range: range))
    }

    /// An HTTP probe for `http(s)://…`, a TCP probe for `tcp://host:port`.
    static func probe(forURL text: String) -> (any Probe)? {
        if text.lowercased().hasPrefix("tcp://"), let http = HTTPProbe(url: "http://" + text.dropFirst(6)) {
            return TCPProbe(host: http.host, port: http.port)
        }
        return HTTPProbe(url: text)
    }

    /// The address to connect to for a port published on `hostIP` (all interfaces → loopback).
    static func connectableHost(_ hostIP: String?) -> String {
        switch hostIP {
        case nil, "", "0.0.0.0": "127.0.0.1"
        case "::", "[::]": "::1"
        case let address?: address.hasPrefix("[") ? String(address.dropFirst().dropLast()) : address
        }
    }

    /// Whether a probe of a local address already targets `port`.
    private func isCovered(port: Int) -> Bool {
        targets.contains { target in
            guard let (host, targetPort) = Self.hostAndPort(of: target.probe) else { return false }
            return targetPort == port && Self.isLocal(host)
        }
    }

    private static func hostAndPort(of probe: any Probe) -> (String, Int)? {
        switch probe {
        case let probe as PostgresProbe: PostgresServer.all(of: probe.url).first.map { ($0.host, $0.port) }
        case let probe as RedisProbe: (probe.url.host, probe.url.port)
        case let probe as HTTPProbe: (probe.host, probe.port)
        case let probe as TCPProbe: (probe.host, probe.port)
        default: nil
        }
    }

    private static func isLocal(_ host: String) -> Bool {
        ["localhost", "127.0.0.1", "::1", "0.0.0.0", "::"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
