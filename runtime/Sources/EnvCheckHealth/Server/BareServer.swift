import Hummingbird
import Logging

/// A Hummingbird server with one route and no middleware: the baseline the load test compares
/// `/healthz` with, so the cost of the health server's middlewares shows.
public enum BareServer {
    /// Serves `GET /` (`{"status":"pass"}`) until SIGTERM or SIGINT.
    public static func run(host: String, port: Int) async throws {
        let router = Router()
        let body = ByteBuffer(string: #"{"status":"pass"}"#)
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
        }
        var logger = Logger(label: "bare-server")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: ApplicationConfiguration(address: .hostname(host, port: port)), logger: logger)
        try await app.runService()
    }
}
