import EnvCheckCore

/// `insecure-in-production`: settings that are fine on a laptop and dangerous in production.
struct InsecureInProductionRule: Rule {
    let description = RuleDescription(
        id: "insecure-in-production",
        severity: .error,
        summary: "A setting is unsafe for the production environment",
        rationale: "Only in the production environment, by type where possible: "
            + "(1) a postgres-url to a remote host without TLS — sslmode missing (libpq's default prefer is "
            + "downgradable and unverified; node-postgres then uses no TLS at all), disable, allow or prefer; "
            + "require, verify-ca and verify-full pass, and so do loopback, Unix-socket and compose-service hosts, "
            + "whose traffic stays on the machine; "
            + "(2) a postgres-url or redis-url pointing at localhost or 127.0.0.0/8 or ::1 — the development value "
            + "copied over; inside a container it is the container itself; "
            + "(3) a trust-proxy setting that trusts everyone: a hop count above 5 (clients add hops to "
            + "X-Forwarded-For and pick their own address) or a network wider than an IPv4 /8 or an IPv6 /16 "
            + "(the keywords are fine); "
            + "(4) NODE_ENV other than production (or unset while the schema declares it without a production "
            + "default): Express and most libraries then run in development mode, with stack traces in responses; "
            + "(5) an empty HEALTH_KEY, which leaves /health/detailed guarded by an empty key (runbook).",
        subject: .schema,
        exampleSchema: """
            variables:
              NODE_ENV:
                type: enum
                values: [development, production, test]
              DATABASE_URL:
                type: postgres-url
              REDIS_URL:
                type: redis-url
              TRUST_PROXY:
                type: trust-proxy
              HEALTH_KEY:
                type: secret
                allowEmpty: true
            """,
        passing: [
            "# environment: production\nNODE_ENV=production\n"
                + "DATABASE_URL=postgres://app:pw@db.internal:5432/app?sslmode=verify-full\n"
                + "REDIS_URL=redis://cache.internal:6379/0\nTRUST_PROXY='loopback, 10.0.0.0/8'\n",
            "NODE_ENV=development\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app\nTRUST_PROXY=0.0.0.0/1\nHEALTH_KEY=\n",
            "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@postgres:5432/app\n"
                + "# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n",
        ],
        failing: [
            "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@db.internal:5432/app?sslmode=disable\n",
            "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@db.internal:5432/app\n",
            "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@localhost:5432/app\n",
            "# environment: production\nNODE_ENV=production\nREDIS_URL=redis://127.0.0.1:6379/0\n",
            "# environment: production\nNODE_ENV=production\nTRUST_PROXY=100\n",
            "# environment: production\nNODE_ENV=production\nTRUST_PROXY=0.0.0.0/1, 128.0.0.0/1\n",
            "# environment: production\nNODE_ENV=development\n",
            "# environment: production\n",
            "# environment: production\nNODE_ENV=production\nHEALTH_KEY=\n",
        ])

    /// The largest hop count that still looks like a real chain of proxies.
    static let maximumHopCount = 5

    func check(_ context: SchemaContext) -> [Diagnostic] {
        guard context.isProduction else { return [] }
        var found: [Diagnostic] = []
        for spec in context.schema.variables {
            switch context.parsed[spec.name]?.value {
            case .postgres(let url)?: found += postgresProblems(spec.name, url, context)
            case .redis(let url)?: found += loopbackProblems(spec.name, hosts: [url.host], context)
            case .trustProxy(let setting)?: found += trustProxyProblems(spec.name, setting, context)
            default: break
            }
        }
        return found + nodeEnvironmentProblems(context) + healthKeyProblems(context)
    }
}
