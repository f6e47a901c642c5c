import EnvCheckCore
import Hummingbird

/// The health endpoints: `/healthz` (liveness), `/readyz` (readiness), `/health/detailed`.
struct HealthRoutes {
    let server: HealthServer

    /// `/healthz`'s body, written once.
    private static let liveBody = ByteBuffer(string: #"{"status":"pass"}"#)

    func add(to router: Router<HealthRequestContext>) {
        router.get("healthz") { _, _ in
            JSONResponse.make(bytes: Self.liveBody, status: .ok, contentType: JSONResponse.healthJSON)
        }
        router.get("readyz") { request, _ in readiness(request) }
        router.get("health/detailed") { request, context in detailed(request, context) }
    }

    private func readiness(_ request: Request) -> Response {
        let snapshot = server.readiness.snapshot
        let verdict = ReadinessVerdict.judge(snapshot, now: .now, staleAfter: server.readiness.staleAfter)
        let verbose = Self.hasFlag("verbose", in: request.uri.query)
        return JSONResponse.make(ReadinessJSON.document(verdict, snapshot, verbose: verbose),
                                 status: HTTPResponse.Status(code: verdict.status.httpStatus), contentType: JSONResponse.healthJSON)
    }

    private func detailed(_ request: Request, _ context: HealthRequestContext) -> Response {
        let configuration = server.configuration
        let isLocal = ClientAddress.isLocal(peer: context.peerAddress, forwardedFor: request.headers[values: .forwardedFor],
                                            trust: configuration.trust)
        switch DetailedAccess.decide(isLocal: isLocal, presentedKeys: request.headers[values: .healthKey],
                                     expectedKey: configuration.healthKey) {
        case .missingKey:
            return JSONResponse.problem(.unauthorized, "Health key required", detail: "Send the health key in X-Health-Key")
        case .wrongKey:
            context.logger.warning("Rejected health key for /health/detailed")
            return JSONResponse.problem(.forbidden, "Health key rejected")
        case .allowed:
            return JSONResponse.make(DetailedReport.document(server), status: .ok, contentType: JSONResponse.healthJSON)
        }
    }

    /// Whether the query has `name` (`?verbose`, `?verbose=1`, `&verbose`), Kubernetes style.
    static func hasFlag(_ name: String, in query: String?) -> Bool {
        guard let query else { return false }
        return query.split(separator: "&").contains { item in
            item == name || item.hasPrefix(name + "=")
        }
    }
}
