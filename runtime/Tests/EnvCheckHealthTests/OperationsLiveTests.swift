import EnvCheckHealth
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension HealthTests {
    /// Graceful shutdown and the port-in-use message, over real sockets.
    @Suite struct OperationsLiveTests {
        @Test func gracefulShutdownLetsInFlightRequestsFinish() async throws {
            let server = await TestServers.make()
            let router = server.buildRouter()
            let (arrivals, arrived) = AsyncStream.makeStream(of: Void.self)
            router.get("slow") { _, _ in
                arrived.yield()
                try await Task.sleep(for: .milliseconds(600))
                return "done"
            }
            let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                  onServerRunning: { portSink.yield($0.localAddress?.port ?? 0) }, logger: logger)
            let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var iterator = ports.makeAsyncIterator()
                let port = try #require(await iterator.next())
                let client = SmokeHTTPClient(host: "127.0.0.1", port: port, timeout: .seconds(5))
                let slow = Task { try await client.send(.GET, "/slow") }
                var arrival = arrivals.makeAsyncIterator()
                _ = await arrival.next()
                await group.triggerGracefulShutdown()
                let response = try await slow.value
                #expect(response.status == 200)
                #expect(response.body == "done")
                try await tasks.waitForAll()
                await #expect(throws: (any Error).self) { try await client.send(.GET, "/healthz") }
            }
        }

        @Test func portInUseNamesTheOwner() async throws {
            let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.backlog, value: 8)
                .bind(host: "127.0.0.1", port: 0).get()
            let port = try #require(listener.localAddress?.port)
            let server = await TestServers.make()
            let busy = HealthServer(
                configuration: HealthServerConfiguration(port: port, healthKey: TestServers.healthKey),
                readiness: server.readiness)
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            let app = busy.buildApplication(logger: logger)
            do {
                try await app.run()
                Issue.record("the server started on a port in use")
            } catch {
                let message = try #require(ListenFailure.message(for: error, host: "127.0.0.1", port: port))
                #expect(message.hasPrefix("Cannot listen on 127.0.0.1:\(port): the port is already in use"))
                #expect(message.contains("(pid \(getpid()))"))
            }
            try await listener.close()
        }
    }
}
