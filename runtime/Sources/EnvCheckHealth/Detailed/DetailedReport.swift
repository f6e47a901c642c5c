import EnvCheckCore

/// The document of `/health/detailed`: readiness with every check's endpoint and latency,
/// uptime, versions, the bundle's schema digest and environment, and the metrics (requests by
/// route and status, the idempotency store's counters). It holds no secret value.
enum DetailedReport {
    static func document(_ server: HealthServer) -> JSONValue {
        let configuration = server.configuration
        let snapshot = server.readiness.snapshot
        let verdict = ReadinessVerdict.judge(snapshot, now: .now, staleAfter: server.readiness.staleAfter)
        var members = ReadinessJSON.head(verdict)
        members += [
            JSONMember("serviceId", .string("envcheck-health")),
            JSONMember("version", .string(HealthServer.version)),
            JSONMember("uptimeSeconds", .number((ReadinessJSON.milliseconds(ContinuousClock.now - server.startedAt) / 10).rounded() / 100)),
            JSONMember("environment", .string(configuration.environment)),
            JSONMember("nodeEnv", .string(configuration.nodeEnv)),
            JSONMember("schemaDigest", .string(configuration.schemaDigest)),
            JSONMember("bundleWrittenBy", .string(configuration.bundleWriter)),
            JSONMember("checkRounds", .integer(snapshot.rounds)),
            JSONMember("checks", ReadinessJSON.checks(snapshot, detailed: true)),
            JSONMember("metrics", metrics(server)),
        ]
        return .object(members)
    }

    private static func metrics(_ server: HealthServer) -> JSONValue {
        let requests = server.metrics.snapshot().sorted { $0.key < $1.key }.map { route, statuses in
            JSONMember(route.description, .object(statuses.sorted { $0.key < $1.key }.map { JSONMember(String($0.key), .integer($0.value)) }))
        }
        let store = server.idempotency.statistics()
        let idempotency: [JSONMember] = [
            JSONMember("size", .integer(store.size)), JSONMember("inFlight", .integer(store.inFlight)),
            JSONMember("capacity", .integer(store.capacity)), JSONMember("hits", .integer(store.hits)),
            JSONMember("replays", .integer(store.replays)), JSONMember("conflicts", .integer(store.conflicts)),
            JSONMember("evictions", .integer(store.evictions)), JSONMember("expirations", .integer(store.expirations)),
            JSONMember("rejections", .integer(store.rejections)),
        ]
        return .object([JSONMember("requests", .object(requests)), JSONMember("idempotency", .object(idempotency))])
    }
}
