import EnvCheckCore

/// `service-mismatch`: a variable with `service:` does not point at that compose service.
struct ServiceMismatchRule: Rule {
    let description = RuleDescription(
        id: "service-mismatch",
        severity: .error,
        summary: "A variable's URL does not reach the compose service the schema names",
        rationale: "`service: postgres` says the value must reach that service: from inside the compose network "
            + "by its name (or container_name, hostname, network alias) on a port it listens on (a container "
            + "port of `ports` or `expose`, when it lists any), or from the host through localhost/127.0.0.1/::1 "
            + "on a port it publishes. A service the compose project does not define is an error too. Ports "
            + "missing from the URL are the scheme's defaults (PostgreSQL 5432, Redis 6379, HTTP 80, HTTPS 443). "
            + "Checked only when there is a compose project and the variable has a valid value; in production a "
            + "host that is neither loopback nor a compose service passes (a managed database, say).",
        subject: .schema,
        exampleSchema: """
            variables:
              DATABASE_URL:
                type: postgres-url
                service: postgres
              REDIS_URL:
                type: redis-url
                service: redis
              ADMIN_URL:
                type: url
                service: adminer
            """,
        passing: [
            "DATABASE_URL=postgres://app:pw@localhost:5432/app\nREDIS_URL=redis://redis:6379/0\n# file: compose.yml\n"
                + "services:\n  postgres:\n    image: postgres:16\n    ports: ['5432:5432']\n  redis:\n    image: redis:7\n",
            "DATABASE_URL=postgres://app:pw@postgres/app\n# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n",
            "# environment: production\nDATABASE_URL=postgres://app:pw@db.example.com:5432/app?sslmode=verify-full\n"
                + "# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n",
            "DATABASE_URL=postgres://app:pw@db:5432/app\n",
        ],
        failing: [
            "DATABASE_URL=postgres://app:pw@localhost:5433/app\n# file: compose.yml\n"
                + "services:\n  postgres:\n    image: postgres:16\n    ports: ['5432:5432']\n",
            "DATABASE_URL=postgres://app:pw@db:5432/app\n# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n",
            "REDIS_URL=redis://localhost:6379\n# file: compose.yml\nservices:\n  redis:\n    image: redis:7\n",
            "ADMIN_URL=http://localhost:8080\n# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n",
        ])

    func check(_ context: SchemaContext) -> [Diagnostic] {
        guard let compose = context.compose else { return [] }
        return context.schema.variables.compactMap { spec -> Diagnostic? in
            guard let name = spec.service, let value = context.parsed[spec.name]?.value else { return nil }
            guard let service = compose.service(name) else {
                return context.declarationDiagnostic(
                    description, "Variable \(spec.name) names service \(name), which the compose project does not define",
                    variable: spec.name,
                    help: "Services: \(compose.services.map(\.name).joined(separator: ", ")); fix the schema's service")
            }
            for endpoint in Self.endpoints(of: value, typeName: spec.typeName) {
                if let problem = problem(endpoint, service: service, context: context) {
                    return context.valueDiagnostic(description, "\(spec.name) \(problem.message)", variable: spec.name,
                                                   help: problem.help)
                }
            }
            return nil
        }
    }

    /// Why one host and port does not reach the service, or nil when it does.
    private func problem(_ endpoint: HostPort, service: ComposeService, context: SchemaContext)
        -> (message: String, help: String)? {
        let ports = ServicePorts(service)
        if HostKind.isLoopback(endpoint.host) {
            let reachable = endpoint.port.map(ports.publishes) ?? !ports.published.isEmpty
            guard !reachable else { return nil }
            return ("points at localhost on a port service \(service.name) does not publish",
                    ports.published.isEmpty
                        ? "Service \(service.name) publishes no port: add one to its ports, or use host \(service.name) inside compose"
                        : "Service \(service.name) publishes \(ports.describe(ports.published)) on the host")
        }
        if let reached = HostKind.service(named: endpoint.host, in: context.compose) {
            guard reached.name == service.name else {
                return ("points at service \(reached.name), not \(service.name)",
                        "Use host \(service.name), or change the schema's service")
            }
            guard let port = endpoint.port, !ports.targets.isEmpty, !ports.listens(on: port) else { return nil }
            return ("points at a port service \(service.name) does not listen on inside compose",
                    "Its container ports are \(ports.describe(ports.targets))")
        }
        if context.isProduction || endpoint.host.isEmpty || endpoint.host.hasPrefix("/") { return nil }
        return ("points at a host that is neither service \(service.name) nor localhost",
                "Use host \(service.name) inside compose, or localhost with a port it publishes from the host")
    }

    /// The hosts and ports a typed value connects to, with the scheme's default port.
    static func endpoints(of value: TypedValue, typeName: String) -> [HostPort] {
        switch value {
        case .postgres(let url): url.hosts.map { HostPort(host: $0.host, port: $0.port ?? 5432) }
        case .redis(let url): [HostPort(host: url.host, port: url.port)]
        case .url(let parts): parts.host.map { [HostPort(host: $0, port: parts.port ?? defaultPort(parts.scheme))] } ?? []
        case .string(let host) where typeName == "host": [HostPort(host: host, port: nil)]
        default: []
        }
    }

    private static func defaultPort(_ scheme: String) -> Int? {
        ["http": 80, "ws": 80, "https": 443, "wss": 443, "postgres": 5432, "postgresql": 5432, "redis": 6379,
         "rediss": 6379, "amqp": 5672, "mysql": 3306][scheme]
    }
}
