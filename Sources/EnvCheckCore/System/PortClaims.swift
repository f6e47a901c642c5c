/// The TCP ports a project needs on this machine: the app's own listening port (`PORT`, and any
/// other schema variable of type `port`) and the host ports its compose services publish.
public struct PortClaim: Sendable, Hashable {
    /// Who needs the port: `PORT`, `service postgres`.
    public var name: String
    /// The port.
    public var port: Int
    /// Whether the app itself listens there (the port must be free before it starts); compose
    /// ports are held by the running services themselves.
    public var isAppListener: Bool
    /// Where the port is declared.
    public var path: String
    /// The place in that file.
    public var range: SourceRange

    /// The rule a port that is already taken is reported under.
    public static let rule = RuleDescription(
        id: "port-in-use", severity: .warning,
        summary: "The app's PORT must be free before the app starts",
        rationale: "EADDRINUSE at start-up is the runbook's 'Port already in use': envcheck names the process holding the port before you reach for lsof.",
        subject: .schema, passing: [], failing: [])

    /// The claims of a schema context and a compose project (either may be absent): schema
    /// variables of type `port` with a valid value, then every published TCP port of the
    /// services that run with the active profiles.
    public static func claims(context: SchemaContext?, compose: ComposeProject?) -> [PortClaim] {
        var claims: [PortClaim] = []
        if let context {
            for spec in context.schema.variables where spec.typeName == "port" {
                guard case .integer(let port)? = context.parsed[spec.name]?.value else { continue }
                let place = context.diagnostic(rule, "", variable: spec.name)
                claims.append(PortClaim(name: spec.name, port: port, isAppListener: true, path: place.path, range: place.range))
            }
        }
        if let compose {
            for service in compose.services where service.isActive(profiles: compose.activeProfiles) {
                for port in service.ports {
                    guard case .success(let mapping) = port.mapping, mapping.transport == "tcp",
                          let published = mapping.published else { continue }
                    claims.append(PortClaim(name: "service \(service.name)", port: published.lowerBound, isAppListener: false,
                                            path: port.node.file, range: SourceRange(start: port.node.start, end: port.node.end)))
                }
            }
        }
        return claims
    }

    /// A finding when another process holds the app's port; nil when it is free or is a
    /// compose port (those are expected to be held while the services run).
    public func conflict(in sockets: ListeningSockets) -> Diagnostic? {
        guard isAppListener, !sockets.listeners(on: port).isEmpty else { return nil }
        let owners = sockets.owners(on: port)
        let who = owners.isEmpty ? "another process (not visible to this user)" : owners.map(\.description).joined(separator: ", ")
        let stop = owners.first.map { "stop it (`kill \($0.pid)`) or " } ?? ""
        return Diagnostic(ruleID: Self.rule.id, severity: Self.rule.severity,
                          message: "\(name) \(port) is already in use by \(who); the app cannot listen there",
                          path: path, range: range, help: "\(stop)choose another \(name)")
    }
}
