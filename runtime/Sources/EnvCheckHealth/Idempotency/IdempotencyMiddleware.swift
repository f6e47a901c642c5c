import EnvCheckCore
import Hummingbird

/// Makes a route idempotent with `Idempotency-Key`: the first request with a key claims it and
/// runs; a successful (2xx) response is stored and replayed for the same key and the same
/// request (200, `Idempotent-Replayed: true`); the same key with another method, path or body
/// is 409 (the runbook's choice; the IETF draft uses 422 here); the same key while the first
/// request is in flight is 409 with `Retry-After`; a full store is 503. A failed first request
/// releases its key. Requests without the header pass through.
public struct IdempotencyMiddleware: RouterMiddleware {
    /// The request context.
    public typealias Context = HealthRequestContext
    /// The store.
    public let store: IdempotencyStore
    /// The environment that namespaces the keys.
    public let environment: String

    /// Creates the middleware.
    public init(store: IdempotencyStore, environment: String) {
        self.store = store
        self.environment = environment
    }

    /// Handles one request.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        let values = request.headers[values: .idempotencyKey]
        guard !values.isEmpty else { return try await next(request, context) }
        let key: String
        switch IdempotencyKey.parse(values) {
        case .success(let parsed): key = IdempotencyKey.namespaced(parsed, environment: environment)
        case .failure(let refusal): return JSONResponse.problem(.badRequest, "Invalid Idempotency-Key", detail: refusal.message)
        }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let fingerprint = IdempotencyFingerprint.of(method: request.method.rawValue, path: request.uri.path, body: body)
        switch store.claim(key, fingerprint: fingerprint) {
        case .replay(let stored):
            return stored.replay()
        case .mismatch:
            return JSONResponse.problem(.conflict, "Idempotency-Key reused with a different request",
                                        detail: "This key was first used with another method, path or body; use a new key for a new request")
        case .inFlight:
            return JSONResponse.problem(.conflict, "A request with this Idempotency-Key is in progress",
                                        detail: "Retry after the first request completes", headers: [.retryAfter: "1"])
        case .full:
            return JSONResponse.problem(.serviceUnavailable, "Too many requests in progress",
                                        detail: "Every idempotency slot is in flight; retry shortly", headers: [.retryAfter: "1"])
        case .claimed:
            return try await runClaimed(key, request, context, next)
        }
    }

    private func runClaimed(_ key: String, _ request: Request, _ context: Context,
                            _ next: (Request, Context) async throws -> Response) async throws -> Response {
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            store.release(key)
            throw error
        }
        guard (200..<300).contains(response.status.code) else {
            store.release(key)
            return response
        }
        var collected = response
        let body = try await ResponseCollector.collect(response.body)
        collected.body = ResponseBody(byteBuffer: body)
        store.complete(key, response: StoredResponse(status: response.status, headers: response.headers, body: body))
        return collected
    }
}
