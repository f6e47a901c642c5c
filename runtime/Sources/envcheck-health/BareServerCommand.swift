import ArgumentParser
import EnvCheckHealth

/// `envcheck-health bare-server`: a Hummingbird route with no middleware, the baseline of the
/// load test (scripts/bench-health.sh). Hidden: it is a measuring tool, not a feature.
struct BareServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bare-server",
        abstract: "Serve GET / with a bare Hummingbird route (load-test baseline).",
        shouldDisplay: false
    )

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8081

    func run() async throws {
        try await BareServer.run(host: host, port: port)
    }
}
