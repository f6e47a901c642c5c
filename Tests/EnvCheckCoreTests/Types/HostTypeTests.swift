@testable import EnvCheckCore
import Testing

struct HostTypeTests {
    static func type(_ scalars: [String: String] = [:]) throws -> HostType {
        try HostType(options: TypeOptions(scalars: scalars))
    }

    @Test(arguments: [
        ("localhost", "localhost"), ("db", "db"), ("api.example.com", "api.example.com"),
        ("example.com.", "example.com."), ("Example.COM", "Example.COM"), ("a-b.c-d.e", "a-b.c-d.e"),
        ("1a.example", "1a.example"), ("host.123a", "host.123a"), ("xn--bcher-kva.example", "xn--bcher-kva.example"),
        (String(repeating: "a", count: 63) + ".com", String(repeating: "a", count: 63) + ".com"),
        ("10.0.0.5", "10.0.0.5"), ("0.0.0.0", "0.0.0.0"), ("255.255.255.255", "255.255.255.255"),
        ("::1", "::1"), ("[::1]", "::1"), ("[2001:db8::1]", "2001:db8::1"), ("fe80::1%eth0", "fe80::1%eth0"),
        ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),
    ])
    func valid(text: String, expected: String) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == .string(expected))
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: [
        ("", "Empty value", nil),
        (" db", "Host starts with whitespace", 0),
        ("db\t", "Host ends with whitespace", 2),
        ("-db", "Host label starts with a hyphen", 0),
        ("db-", "Host label ends with a hyphen", 2),
        ("my_db", "Underscores are not allowed", 2),
        ("a..b", "empty label", 2),
        (".a", "empty label", 0),
        ("db:5432", "without a port", 2),
        ("https://db", "not a URL", 0),
        ("db/path", "without a path", 2),
        ("user@db", "without user information", 4),
        ("256.1.1.1", "IPv4 address parts must be 0–255", 0),
        ("10.0.0.01", "Leading zeros", 7),
        ("1.2.3", "four parts", 0),
        ("example.123", "last label of a host name must not be all digits", 8),
        ("exämple.com", "non-ASCII", 2),
        ("ex ample.com", "Host contains whitespace", 2),
        ("[::1", "Missing ]", 0),
        ("[1.2.3.4]", "Brackets are only for IPv6", 0),
        ("[::1]:80", "without a port", 5),
        ("::g", "Unexpected character in an IPv6 address", 2),
        ("1::2::3", "Not a valid IPv6 address", 0),
        ("fe80::1%", "zone index is empty", 7),
        (String(repeating: "a", count: 64), "longer than 63", 63),
        (Array(repeating: String(repeating: "a", count: 50), count: 6).joined(separator: "."), "longer than 253", 253),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.offset == offset)
    }

    @Test func allowIPFalse() throws {
        let type = try Self.type(["allowIP": "false"])
        #expect(type.parse("db.internal").value == .string("db.internal"))
        for text in ["10.0.0.5", "::1", "[::1]"] {
            #expect(type.parse(text).problems.first?.message == "IP addresses are not allowed here; use a host name")
        }
    }

    @Test func allowUnderscore() throws {
        #expect(try Self.type(["allowUnderscore": "true"]).parse("my_db").value == .string("my_db"))
        #expect(try Self.type(["allowUnderscore": "true"]).parse("_srv._tcp.example.com").value != nil)
    }

    @Test(arguments: [["allowIP": "maybe"], ["allowUnderscore": "1"]])
    func badOptions(scalars: [String: String]) {
        #expect(throws: TypeOptionError.self) { try Self.type(scalars) }
    }
}
