import EnvCheckCore
import Testing
@testable import EnvCheckProbes

/// Against the real PostgreSQL of scripts/test-runtime.sh.
@Suite(.serialized) struct PostgresProbeTests {
    @Test func aGoodURLAuthenticatesWithSCRAMAndRunsSelect1() async throws {
        let services = try TestServices.require()
        let outcome = await PostgresProbe(url: try services.postgresURL()).run(timeout: .seconds(5))
        #expect(outcome.isUp, "\(outcome)")
        #expect(outcome.detail.contains("SELECT 1"))
    }

    @Test func anMD5RoleAuthenticatesToo() async throws {
        let services = try TestServices.require()
        let outcome = await PostgresProbe(url: try services.postgresURL(user: "legacy")).run(timeout: .seconds(5))
        #expect(outcome.isUp, "\(outcome)")
    }

    @Test func aWrongPasswordFailsAtAuthenticationWith28P01() async throws {
        let services = try TestServices.require()
        for user in ["envcheck", "legacy"] {
            let outcome = await PostgresProbe(url: try services.postgresURL(user: user, password: "wrong-password"))
                .run(timeout: .seconds(5))
            #expect(!outcome.isUp)
            #expect(outcome.stage == .authentication)
            #expect(outcome.code == "28P01")
            #expect(!outcome.detail.contains("wrong-password"), "the password never appears")
        }
    }

    @Test func anUnknownDatabaseFailsWith3D000() async throws {
        let services = try TestServices.require()
        let outcome = await PostgresProbe(url: try services.postgresURL(database: "no_such_db")).run(timeout: .seconds(5))
        #expect(outcome.stage == .database)
        #expect(outcome.code == "3D000")
    }

    @Test func everySSLModeAgainstAServerWithASelfSignedCertificate() async throws {
        let services = try TestServices.require()
        let root = "\(services.directory)/postgres/server.crt"
        let port = try services.postgresPort, password = try services.postgresPassword
        func probe(_ query: String, host: String = "localhost") async throws -> ProbeOutcome {
            let url = try #require(TestServices.postgres("postgres://envcheck:\(password)@\(host):\(port)/envcheck\(query)"))
            return await PostgresProbe(url: url).run(timeout: .seconds(5))
        }
        for mode in ["disable", "allow", "prefer", "require"] {
            let outcome = try await probe("?sslmode=\(mode)")
            #expect(outcome.isUp, "sslmode=\(mode): \(outcome)")
        }
        let unverified = try await probe("?sslmode=verify-full")
        #expect(!unverified.isUp && unverified.stage == .tls, "a self-signed certificate is not trusted: \(unverified)")
        let verified = try await probe("?sslmode=verify-full&sslrootcert=\(root)")
        #expect(verified.isUp, "trusted through sslrootcert, and it names localhost: \(verified)")
        let verifiedCA = try await probe("?sslmode=verify-ca&sslrootcert=\(root)")
        #expect(verifiedCA.isUp, "\(verifiedCA)")
    }

    @Test func requireAgainstAServerWithoutTLSFailsAtTLS() async throws {
        // A server that answers the SSLRequest with 'N' (no TLS), then says nothing.
        let server = try ScriptedServer(reply: Array("N".utf8))
        let url = try #require(TestServices.postgres("postgres://u:p@127.0.0.1:\(server.port)/db?sslmode=require"))
        let outcome = await PostgresProbe(url: url).run(timeout: .seconds(3))
        #expect(outcome.stage == .tls && outcome.code == "ssl-unsupported", "\(outcome)")
    }

    @Test func aServerStillStartingUpIs57P03() async throws {
        let server = try ScriptedServer(reply: ScriptedServer.postgresError(code: "57P03", message: "the database system is starting up"))
        let url = try #require(TestServices.postgres("postgres://u:p@127.0.0.1:\(server.port)/db?sslmode=disable"))
        let outcome = await PostgresProbe(url: url).run(timeout: .seconds(3))
        #expect(outcome.stage == .startup && outcome.code == "57P03", "\(outcome)")
        #expect(outcome.detail == "the database system is starting up")
    }

    @Test func aRefusedPortFailsAtConnect() async throws {
        let port = try refusedPort()
        let url = try #require(TestServices.postgres("postgres://u:p@127.0.0.1:\(port)/db"))
        let outcome = await PostgresProbe(url: url).run(timeout: .seconds(5))
        #expect(outcome.stage == .connect)
        #expect(outcome.code == "ECONNREFUSED")
    }

    @Test func aSilentServerTimesOutAtStartupWithinTheDeadline() async throws {
        let listener = try SilentListener()
        let url = try #require(TestServices.postgres("postgres://u:p@127.0.0.1:\(listener.port)/db?sslmode=disable"))
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await PostgresProbe(url: url).run(timeout: .milliseconds(400))
        let elapsed = clock.now - start
        #expect(outcome.code == "timeout")
        #expect(outcome.stage == .startup, "the TCP handshake succeeded; the server never answered the startup message")
        #expect(elapsed < .milliseconds(400) * 1.5, "took \(elapsed)")
    }

    @Test func anUnresolvableHostFailsAtDNS() async throws {
        let url = try #require(TestServices.postgres("postgres://u:p@no-such-host.invalid:5432/db"))
        let outcome = await PostgresProbe(url: url).run(timeout: .seconds(5))
        #expect(outcome.stage == .dns, "\(outcome)")
    }
}
