import EnvCheckCore

/// The deploy gate's "health endpoints" check (the runbook): liveness, readiness, the detailed
/// report with the health key, request-id echo, and an idempotent replay.
public enum SmokeCheck {
    /// One check's result.
    public struct Result: Sendable, Equatable {
        /// What was checked (`GET /healthz`).
        public var name: String
        /// Whether it passed.
        public var passed: Bool
        /// What was seen (never a secret).
        public var detail: String
    }

    /// Runs every check against `target`, in order; a failed exchange fails its check only.
    public static func run(_ target: SmokeTarget, healthKey: String?, timeout: Duration = .seconds(5)) async -> [Result] {
        let client = SmokeHTTPClient(host: target.host, port: target.port, timeout: timeout)
        let base = target.basePath
        let run = String(RequestID.generate().prefix(12))
        var results: [Result] = []

        results.append(await check("GET /healthz echoes X-Request-ID") {
            let id = "smoke-\(run)"
            let response = try await client.send(.GET, base + "/healthz", headers: [("X-Request-ID", id)])
            guard response.status == 200 else { return (false, "status \(response.status), expected 200") }
            guard response.headers.first(name: "X-Request-ID") == id else { return (false, "X-Request-ID not echoed") }
            return (true, "200, request id echoed")
        })
        results.append(await check("GET /readyz") {
            let response = try await client.send(.GET, base + "/readyz?verbose")
            let json = try? JSONReader.parse(Array(response.body.utf8))
            let status = json?["status"]?.stringValue ?? "?"
            let output = json?["output"]?.stringValue.map { " (\($0))" } ?? ""
            guard response.status == 200 else { return (false, "status \(response.status), \(status)\(output)") }
            guard response.headers.first(name: "X-Request-ID") != nil else { return (false, "no X-Request-ID generated") }
            return (true, "200, \(status)\(output)")
        })
        results.append(await check("GET /health/detailed") {
            let headers = healthKey.map { [("X-Health-Key", $0)] } ?? []
            let response = try await client.send(.GET, base + "/health/detailed", headers: headers)
            guard response.status == 200 else {
                let hint = healthKey == nil ? " (the bundle has no HEALTH_KEY, so only localhost is allowed)" : ""
                return (false, "status \(response.status), expected 200\(hint)")
            }
            let json = try? JSONReader.parse(Array(response.body.utf8))
            guard json?["checks"] != nil, json?["metrics"] != nil else { return (false, "200 but no checks or metrics in the body") }
            return (true, "200, \(json?["status"]?.stringValue ?? "?"), environment \(json?["environment"]?.stringValue ?? "?")")
        })
        results.append(await check("POST /v1/items replays with Idempotency-Key") {
            let key = [("Idempotency-Key", "\"smoke-\(run)\""), ("Content-Type", "application/json")]
            let body = #"{"name":"envcheck smoke \#(run)"}"#
            let first = try await client.send(.POST, base + "/v1/items", headers: key, body: body)
            guard first.status == 201 else { return (false, "first POST: status \(first.status), expected 201") }
            let replay = try await client.send(.POST, base + "/v1/items", headers: key, body: body)
            guard replay.status == 200, replay.headers.first(name: "Idempotent-Replayed") == "true" else {
                return (false, "second POST: status \(replay.status), expected 200 with Idempotent-Replayed: true")
            }
            guard replay.body == first.body else { return (false, "the replayed body differs from the first") }
            return (true, "201 then 200 replayed")
        })
        return results
    }

    private static func check(_ name: String, _ body: () async throws -> (Bool, String)) async -> Result {
        do {
            let (passed, detail) = try await body()
            return Result(name: name, passed: passed, detail: detail)
        } catch {
            return Result(name: name, passed: false, detail: "no response: \(error)")
        }
    }

    /// The report: one line per check, then a summary line.
    public static func report(_ results: [Result], target: String) -> String {
        var lines = results.map { "\($0.passed ? "ok  " : "FAIL") \($0.name): \($0.detail)" }
        let failed = results.filter { !$0.passed }.count
        lines.append(failed == 0 ? "Smoke checks of \(target): all \(results.count) passed"
                                 : "Smoke checks of \(target): \(failed) of \(results.count) failed")
        return lines.joined(separator: "\n") + "\n"
    }
}
