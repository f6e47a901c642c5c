@testable import EnvCheckCore
import Testing

struct RedisURLTypeTests {
    static func type(_ scalars: [String: String] = [:]) throws -> RedisURLType {
        try RedisURLType(options: TypeOptions(scalars: scalars))
    }

    static func redis(tls: Bool = false, user: String? = nil, password: String? = nil, _ host: String, _ port: Int = 6379,
                      _ database: Int = 0) -> RedisURL {
        RedisURL(usesTLS: tls, user: user, password: password, host: host, port: port, database: database)
    }

    @Test(arguments: [
        ("redis://localhost", redis("localhost")),
        ("redis://localhost:6380/2", redis("localhost", 6380, 2)),
        ("rediss://:secret@cache.example.com:6380/0", redis(tls: true, password: "secret", "cache.example.com", 6380)),
        ("redis://default:secret@redis:6379", redis(user: "default", password: "secret", "redis")),
        ("redis://:p%40ss%2Fw%3Fo%23rd@redis/1", redis(password: "p@ss/w?o#rd", "redis", 6379, 1)),
        ("redis://[::1]:6379/3", redis("::1", 6379, 3)),
        ("redis://[fe80::1%25eth0]:6379", redis("fe80::1%eth0")),
        ("redis://10.0.0.5", redis("10.0.0.5")),
        ("REDIS://Cache/15", redis("Cache", 6379, 15)),
        ("redis://redis/", redis("redis")),
        ("redis://my_redis:6379", redis("my_redis")),
        ("rediss://user:pw@host:6380/4", redis(tls: true, user: "user", password: "pw", "host", 6380, 4)),
        ("redis://:pa:ss@host", redis(password: "pa:ss", "host")),
        ("redis://:@host", redis("host")),
        ("redis://127.0.0.1:7000/9", redis("127.0.0.1", 7000, 9)),
        ("redis://host:/1", redis("host", 6379, 1)),
    ])
    func valid(text: String, expected: RedisURL) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == .redis(expected))
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test(arguments: [
        ("redis://:p@ss@host", "Unencoded @ in the password; percent-encode it as %40", 10),
        ("redis://:p#ss@host", "Unencoded # in the password; percent-encode it as %23", 10),
        ("redis://:p/ss@host", "Unencoded / in the password; percent-encode it as %2F", 10),
        ("redis://:p?ss@host", "Unencoded ? in the password; percent-encode it as %3F", 10),
        ("redis://u:12/ss@host/0", "Unencoded / in the password; percent-encode it as %2F", 12),
        ("redis://u:12?ss@host:6379", "Unencoded ? in the password; percent-encode it as %3F", 12),
        ("rediss://default:p@ss@host:6380/1", "Unencoded @ in the password; percent-encode it as %40", 18),
        ("redis://:p%4@host", "A % in the password must start a %XX escape", 10),
        ("redis://host/16", "Database index must be between 0 and 15", 13),
        ("redis://host/abc", "Database index must be a decimal number", 13),
        ("redis://host/1/2", "Expected only a database index", 14),
        ("redis://host:0", "Port must be between 1 and 65535", 13),
        ("redis://host:port", "Port must be a decimal number", 13),
        ("http://host", "Scheme must be redis:// or rediss://", 0),
        ("localhost:6379", "Expected a URL starting with redis:// or rediss://", 0),
        ("redis:host", "Expected // after the scheme", 6),
        ("redis://", "Redis URL has no host", nil),
        ("redis://:pw@/0", "Redis URL has no host", 12),
        ("redis://host/0#x", "Unencoded #", 14),
        ("redis://[::1", "Missing ] after the IPv6 address", 8),
        ("redis://ho st", "Host contains whitespace", 10),
        ("redis://host ", "ends with whitespace", 12),
        ("", "Empty value", nil),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.offset == offset)
    }

    @Test(arguments: ["redis://:hunter2@x@host", "redis://:hunter2/x@host", "redis://:hunter2#@host", "redis://:hunter2%@host"])
    func messagesNeverQuoteThePassword(text: String) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        #expect(result.problems.allSatisfy { !$0.message.contains("hunter2") })
    }

    @Test func warnings() throws {
        let userOnly = try Self.type().parse("redis://secret@host")
        #expect(userOnly.value == .redis(Self.redis(user: "secret", "host")))
        #expect(userOnly.problems.first?.severity == .warning)
        #expect(userOnly.problems.first?.offset == 8)
        let query = try Self.type().parse("redis://host/1?timeout=5")
        #expect(query.value == .redis(Self.redis("host", 6379, 1)))
        #expect(query.problems.first?.severity == .warning)
        #expect(query.problems.first?.offset == 14)
        let queryWithAt = try Self.type().parse("redis://host?x=a@b")
        #expect(queryWithAt.value == .redis(Self.redis("host")))
        #expect(queryWithAt.problems.map(\.severity) == [.warning])
    }

    @Test func maxDatabase() throws {
        let type = try Self.type(["maxDatabase": "31"])
        #expect(type.parse("redis://host/31").value == .redis(Self.redis("host", 6379, 31)))
        #expect(type.parse("redis://host/32").problems.first?.message == "Database index must be between 0 and 31")
        #expect(try Self.type(["maxDatabase": "0"]).parse("redis://host/1").value == nil)
    }

    @Test(arguments: ["-1", "abc", "1.5"])
    func badOptions(value: String) {
        #expect(throws: TypeOptionError.self) { try Self.type(["maxDatabase": value]) }
    }
}
