@testable import EnvCheckCore
import Testing

struct EmailTypeTests {
    static func type(_ scalars: [String: String] = [:]) throws -> EmailType {
        try EmailType(options: TypeOptions(scalars: scalars))
    }

    @Test(arguments: [
        "ops@example.com", "first.last@example.com", "alerts+prod@example.co.uk", "\"on call\"@example.com",
        #""a\"b"@example.com"#, "user@[192.0.2.1]", "user@[IPv6:2001:db8::1]", "o'brien@example.ie", "x@a.io",
        "user_name@sub.example.org", "USER@EXAMPLE.COM", "a!#$%&'*+-/=?^_`{|}~b@example.com", "1234@example.com",
        "ops@xn--bcher-kva.example", "ops@mail-1.example.com", "\"john..doe\"@example.com",
        String(repeating: "a", count: 64) + "@example.com",
    ])
    func valid(text: String) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == .string(text))
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: [
        ("", "Empty value", nil),
        ("ops", "Missing @", nil),
        ("@example.com", "Local part before @ is empty", 0),
        ("ops@", "Domain after @ is empty", 3),
        (".ops@example.com", "Local part starts with a dot", 0),
        ("ops.@example.com", "Local part ends with a dot", 3),
        ("o..ps@example.com", "two dots in a row", 2),
        ("o ps@example.com", "Whitespace is not allowed", 1),
        (" ops@example.com", "starts with whitespace", 0),
        ("ops@exa mple.com", "Host contains whitespace", 7),
        ("ops@example", "Domain has no dot", 4),
        ("ops@192.0.2.1", "must be in brackets", 4),
        ("ops@@example.com", "More than one @", 4),
        ("ops@a@example.com", "More than one @", 5),
        ("Ops <ops@example.com>", "without a display name", 4),
        ("ops@example..com", "empty label", 12),
        ("ops@-example.com", "starts with a hyphen", 4),
        ("\"ops@example.com", "no closing quote", 0),
        ("\"ops\"example.com", "Expected @ after the closing quote", 5),
        ("ops@example.com.", "Host ends with a dot", 15),
        (String(repeating: "a", count: 65) + "@example.com", "longer than 64", 64),
        ("ops@[1.2.3]", "four parts", 5),
        ("ops@[::1]", "starts with IPv6:", 5),
        ("ops@[IPv6:::g]", "Unexpected character in an IPv6 address", 12),
        ("jöe@example.com", "Non-ASCII", 1),
        ("ops@my_host.com", "Underscores", 6),
        ("a(b)@example.com", "not allowed in the local part", 1),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.offset == offset)
    }

    @Test func requireDotFalse() throws {
        let type = try Self.type(["requireDot": "false"])
        #expect(type.parse("admin@localhost").value == .string("admin@localhost"))
        #expect(type.parse("admin@localhost-").value == nil)
    }

    @Test func badOption() {
        #expect(throws: TypeOptionError.self) { try Self.type(["requireDot": "no"]) }
    }
}
