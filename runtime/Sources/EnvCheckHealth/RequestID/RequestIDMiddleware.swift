import Hummingbird
import Logging

/// Gives every request an id (the client's sane `X-Request-ID`, else a new one), puts it in
/// the logger metadata (`request.id`) of every log line of the request, and echoes it on every
/// response, errors included: it is the outermost middleware and turns thrown errors into
/// responses itself.
public struct RequestIDMiddleware: RouterMiddleware {
    /// The request context.
    public typealias Context = HealthRequestContext

    /// Creates the middleware.
    public init() {}

    /// Handles one request.
    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let id = RequestID.choose(from: request.headers[.requestID])
        context.requestID = id
        context.logger[metadataKey: "request.id"] = .string(id)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("Request failed", metadata: ["error.type": .string(String(describing: type(of: error)))])
            response = Response(status: .internalServerError)
        }
        response.headers[.requestID] = id
        return response
    }
}
