import EnvCheckCore

/// Readiness as `application/health+json` (draft-inadarei-api-health-check): `status`
/// (pass/warn/fail), `output` when not passing, and per check under `checks`.
enum ReadinessJSON {
    /// The document of `/readyz` (`checks` only when `verbose`).
    static func document(_ verdict: ReadinessVerdict, _ snapshot: ReadinessSnapshot, verbose: Bool) -> JSONValue {
        var members = head(verdict)
        if verbose { members.append(JSONMember("checks", checks(snapshot, detailed: false))) }
        return .object(members)
    }

    /// `status` and, when there is one, `output`.
    static func head(_ verdict: ReadinessVerdict) -> [JSONMember] {
        var members = [JSONMember("status", .string(verdict.status.rawValue))]
        if let output = verdict.output { members.append(JSONMember("output", .string(output))) }
        return members
    }

    /// `checks`: `"postgres:connection": [{…}]` per check. Public (`/readyz?verbose`) entries
    /// name the failed stage and code; detailed ones (`/health/detailed`) add the endpoint and
    /// the probe's words (never a secret).
    static func checks(_ snapshot: ReadinessSnapshot, detailed: Bool) -> JSONValue {
        .object(snapshot.results.map { result in
            let outcome = result.outcome
            var entry = [
                JSONMember("componentType", .string(result.kind == .http ? "component" : "datastore")),
                JSONMember("status", .string(outcome.isUp ? "pass" : result.isCritical ? "fail" : "warn")),
                JSONMember("observedValue", .number(milliseconds(outcome.latency))),
                JSONMember("observedUnit", .string("ms")),
                JSONMember("critical", .bool(result.isCritical)),
            ]
            if !outcome.isUp {
                let stage = outcome.stage?.rawValue ?? "unknown"
                entry.append(JSONMember("output", .string(detailed ? "\(stage): \(outcome.detail)" : [stage, outcome.code].compactMap { $0 }.joined(separator: " "))))
            }
            if detailed {
                entry.insert(JSONMember("componentId", .string(result.endpoint)), at: 0)
                if let code = outcome.code { entry.append(JSONMember("code", .string(code))) }
            }
            return JSONMember("\(result.name):connection", .array([.object(entry)]))
        })
    }

    /// A duration in milliseconds, to 0.01 ms.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return (value * 100).rounded() / 100
    }
}
