import EnvCheckCore

/// The checks of `insecure-in-production`, one per kind of setting.
extension InsecureInProductionRule {
    /// TLS to a remote PostgreSQL host, and loopback hosts.
    func postgresProblems(_ name: String, _ url: PostgresURL, _ context: SchemaContext) -> [Diagnostic] {
        let hosts = url.hosts.map(\.host)
        let loopback = loopbackProblems(name, hosts: hosts, context)
        guard loopback.isEmpty else { return loopback }
        guard hosts.contains(where: { !HostKind.isLocal($0, compose: context.compose) }) else { return [] }
        let mode = url.parameter("sslmode")
        guard mode == nil || ["disable", "allow", "prefer"].contains(mode) else { return [] }
        let help = "Add sslmode=verify-full (or at least require) so the password and the data are encrypted"
        guard let mode else {
            return [context.valueDiagnostic(
                description, "\(name) connects to a remote PostgreSQL host without sslmode in production", variable: name,
                help: "libpq then uses prefer (unverified and downgradable) and node-postgres no TLS at all. " + help)]
        }
        return [context.valueDiagnostic(
            description, "\(name) connects to a remote PostgreSQL host with sslmode=\(mode) in production", variable: name,
            offset: Self.offset(of: "sslmode=", in: context.value(of: name)?.text ?? ""), help: help)]
    }

    /// A URL whose host is the machine itself.
    func loopbackProblems(_ name: String, hosts: [String], _ context: SchemaContext) -> [Diagnostic] {
        guard hosts.contains(where: HostKind.isLoopback) else { return [] }
        return [context.valueDiagnostic(
            description, "\(name) points at a loopback host in production", variable: name,
            help: "This looks like the development value: inside a container localhost is the container itself. "
                + "Point \(name) at the production service")]
    }

    /// A trust proxy setting that lets any client choose its address.
    func trustProxyProblems(_ name: String, _ setting: TrustProxySetting, _ context: SchemaContext) -> [Diagnostic] {
        let help = "Trust only your proxies: their hop count (usually 1) or their networks (runbook: TRUST_PROXY)"
        switch setting {
        case .hopCount(let count):
            guard count > Self.maximumHopCount else { return [] }
            return [context.valueDiagnostic(
                description, "\(name) trusts more than \(Self.maximumHopCount) proxy hops in production, so clients "
                    + "can forge their address with X-Forwarded-For", variable: name, help: help)]
        case .trusted(_, let networks):
            guard networks.contains(where: HostKind.isTooWide) else { return [] }
            return [context.valueDiagnostic(
                description, "\(name) trusts a network wider than an IPv4 /8 or IPv6 /16 in production, so clients "
                    + "can forge their address with X-Forwarded-For", variable: name, help: help)]
        }
    }

    /// NODE_ENV set to something else, or unset while the schema declares it.
    func nodeEnvironmentProblems(_ context: SchemaContext) -> [Diagnostic] {
        let name = "NODE_ENV"
        let help = "Set NODE_ENV=production: Express and most libraries otherwise run in development mode "
            + "(stack traces in error responses, no caching)"
        if let value = context.value(of: name) {
            guard value.text != "production" else { return [] }
            return [context.valueDiagnostic(description, "NODE_ENV is not production in the production environment",
                                            variable: name, help: help)]
        }
        guard let spec = context.schema.variable(name), spec.defaultValue(for: context.environment) != "production"
        else { return [] }
        return [context.declarationDiagnostic(description, "NODE_ENV is not set in the production environment",
                                              variable: spec.name, help: help)]
    }

    /// An empty HEALTH_KEY (runbook: it guards /health/detailed).
    func healthKeyProblems(_ context: SchemaContext) -> [Diagnostic] {
        let name = "HEALTH_KEY"
        guard let value = context.value(of: name), value.value.isEmpty else { return [] }
        return [context.keyDiagnostic(
            description, "HEALTH_KEY is empty in production, so /health/detailed is guarded by an empty key",
            variable: name, help: "Generate a key (e.g. openssl rand -hex 32) and give it only to operators")]
    }

    /// The scalar offset of the last `needle` in `text` (libpq uses the last of a repeated parameter).
    static func offset(of needle: String, in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard scalars.count >= target.count else { return nil }
        return (0...(scalars.count - target.count)).last { Array(scalars[$0..<($0 + target.count)]) == target }
    }
}
