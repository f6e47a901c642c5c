import Hummingbird

/// A response kept for replay: its status, headers and body.
public struct StoredResponse: Sendable, Equatable {
    /// The original status (201 for a created item).
    public var status: HTTPResponse.Status
    /// The original headers (without `X-Request-ID`, which every response gets afresh).
    public var headers: HTTPFields
    /// The original body.
    public var body: ByteBuffer

    /// Creates a stored response.
    public init(status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The replay: 200 (as the runbook asks: 201 the first time, 200 on a replay), the stored
    /// headers and body, and `Idempotent-Replayed: true`.
    public func replay() -> Response {
        var headers = headers
        headers[.idempotentReplayed] = "true"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
