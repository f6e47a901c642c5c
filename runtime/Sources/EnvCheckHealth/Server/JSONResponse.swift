import EnvCheckCore
import Hummingbird

/// Responses with JSON bodies, written by EnvCheckCore's deterministic JSON writer.
enum JSONResponse {
    /// `application/health+json`.
    static let healthJSON = "application/health+json"
    /// `application/problem+json` (RFC 9457).
    static let problemJSON = "application/problem+json"

    /// A response whose body is `value`.
    static func make(_ value: JSONValue, status: HTTPResponse.Status, contentType: String = "application/json",
                     headers extra: HTTPFields = [:]) -> Response {
        make(bytes: ByteBuffer(string: JSONWriter.compact(value)), status: status, contentType: contentType, headers: extra)
    }

    /// A response with a body written in advance.
    static func make(bytes: ByteBuffer, status: HTTPResponse.Status, contentType: String,
                     headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }

    /// An RFC 9457 problem: its title, status and detail (which never hold a secret).
    static func problem(_ status: HTTPResponse.Status, _ title: String, detail: String? = nil,
                        headers extra: HTTPFields = [:]) -> Response {
        var members = [JSONMember("title", .string(title)), JSONMember("status", .integer(status.code))]
        if let detail { members.append(JSONMember("detail", .string(detail))) }
        return make(.object(members), status: status, contentType: problemJSON, headers: extra)
    }
}
