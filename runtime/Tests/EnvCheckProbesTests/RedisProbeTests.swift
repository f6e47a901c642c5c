import EnvCheckCore
import Testing
@testable import EnvCheckProbes

/// Against the real Redis (requirepass, and an ACL user `probe`) of scripts/test-runtime.sh.
@Suite(.serialized) struct RedisProbeTests {
    private func url(_ services: TestServices, auth: String, database: Int = 0) throws -> RedisURL {
        try #require(TestServices.redis("redis://\(auth)127.0.0.1:\(try services.redisPort)/\(database)"))
    }

    @Test func thePasswordAndAnACLUserAreAccepted() async throws {
        let services = try TestServices.require()
        let password = try services.redisPassword
        for auth in [":\(password)@", "probe:\(password)@"] {
            let outcome = await RedisProbe(url: try url(services, auth: auth, database: 3)).run(timeout: .seconds(5))
            #expect(outcome.isUp, "\(outcome)")
        }
    }

    @Test func aWrongPasswordIsWRONGPASS() async throws {
        let services = try TestServices.require()
        let outcome = await RedisProbe(url: try url(services, auth: ":not-the-password@")).run(timeout: .seconds(5))
        #expect(outcome.stage == .authentication)
        #expect(outcome.code == "WRONGPASS")
        #expect(!outcome.detail.contains("not-the-password"))
    }

    @Test func noPasswordIsNOAUTH() async throws {
        let services = try TestServices.require()
        let outcome = await RedisProbe(url: try url(services, auth: "")).run(timeout: .seconds(5))
        #expect(outcome.stage == .authentication)
        #expect(outcome.code == "NOAUTH")
    }

    @Test func aDatabaseOutOfRangeFailsAtSelect() async throws {
        let services = try TestServices.require()
        let outcome = await RedisProbe(url: try url(services, auth: ":\(try services.redisPassword)@", database: 5))
            .run(timeout: .seconds(5))
        #expect(outcome.stage == .database, "\(outcome)")
    }

    @Test func aRefusedPortAndASilentServerFail() async throws {
        let refused = try #require(TestServices.redis("redis://127.0.0.1:\(try refusedPort())/0"))
        let outcome = await RedisProbe(url: refused).run(timeout: .seconds(2))
        #expect(outcome.stage == .connect && outcome.code == "ECONNREFUSED")
        let listener = try SilentListener()
        let silent = try #require(TestServices.redis("redis://127.0.0.1:\(listener.port)/0"))
        let timedOut = await RedisProbe(url: silent).run(timeout: .milliseconds(300))
        #expect(timedOut.code == "timeout" && timedOut.stage == .query, "\(timedOut)")
    }

    @Test func aServerLoadingItsDatasetIsLOADING() async throws {
        let server = try ScriptedServer(reply: Array("-LOADING Redis is loading the dataset in memory\r\n".utf8))
        let url = try #require(TestServices.redis("redis://127.0.0.1:\(server.port)/0"))
        let outcome = await RedisProbe(url: url).run(timeout: .seconds(2))
        #expect(outcome.stage == .startup && outcome.code == "LOADING", "\(outcome)")
    }

    @Test func anHTTPServerIsNotRedis() async throws {
        let server = try LocalHTTPServer()
        let url = try #require(TestServices.redis("redis://127.0.0.1:\(server.port)/0"))
        let outcome = await RedisProbe(url: url).run(timeout: .seconds(2))
        #expect(!outcome.isUp)
    }
}
