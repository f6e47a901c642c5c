import EnvCheckCore
import Foundation
import Testing

/// The PostgreSQL and Redis servers `scripts/test-runtime.sh` starts (scripts/services/*.sh),
/// found through `ENVCHECK_TEST_SERVICES`. A live test without them fails: it never skips.
struct TestServices {
    let directory: String

    static func require() throws -> TestServices {
        guard let directory = ProcessInfo.processInfo.environment["ENVCHECK_TEST_SERVICES"] else {
            Issue.record("ENVCHECK_TEST_SERVICES is not set: run the runtime tests through scripts/test-runtime.sh, which starts PostgreSQL and Redis")
            throw Missing()
        }
        return TestServices(directory: directory)
    }

    struct Missing: Error {}

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var postgresPort: Int { get throws { Int(try read("postgres/port"))! } }
    var postgresPassword: String { get throws { try read("postgres/password") } }
    var redisPort: Int { get throws { Int(try read("redis/port"))! } }
    var redisPassword: String { get throws { try read("redis/password") } }

    /// `postgres://USER:PASSWORD@127.0.0.1:PORT/DATABASE?QUERY`, parsed.
    func postgresURL(user: String = "envcheck", password: String? = nil, database: String = "envcheck",
                     query: String = "") throws -> PostgresURL {
        let text = "postgres://\(user):\(try password ?? postgresPassword)@127.0.0.1:\(try postgresPort)/\(database)\(query)"
        return try #require(Self.postgres(text))
    }

    static func postgres(_ text: String) -> PostgresURL? {
        if case .postgres(let url)? = PostgresURLType().parse(text).value { return url }
        return nil
    }

    static func redis(_ text: String) -> RedisURL? {
        if case .redis(let url)? = (try? RedisURLType(options: TypeOptions()))?.parse(text).value { return url }
        return nil
    }

    /// Runs `scripts/services/NAME.sh ACTION DIR` (to stop or start a server mid-test).
    func service(_ name: String, _ action: String) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/services/\(name).sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, action, directory]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name).sh \(action) failed")
    }
}

/// A TCP socket on loopback that listens and never accepts: the kernel completes the handshake,
/// then nothing is ever said — the "silent server" a probe must time out on.
final class SilentListener {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

/// A loopback port nothing listens on (bound, then released).
func refusedPort() throws -> Int {
    let listener = try SilentListener()
    return listener.port
}
