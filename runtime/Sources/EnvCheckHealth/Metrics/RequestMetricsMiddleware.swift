import Hummingbird

/// Counts every request by its matched route and its status in `RequestMetrics`.
public struct RequestMetricsMiddleware: RouterMiddleware {
    /// The request context.
    public typealias Context = HealthRequestContext
    /// Where the counts go.
    public let metrics: RequestMetrics

    /// Creates the middleware.
    public init(metrics: RequestMetrics) {
        self.metrics = metrics
    }

    /// Handles one request.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            record(request, context, status: response.status.code)
            return response
        } catch {
            record(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500)
            throw error
        }
    }

    private func record(_ request: Request, _ context: Context, status: Int) {
        metrics.record(method: request.method.rawValue, path: context.endpointPath ?? "unmatched", status: status)
    }
}
