@testable import EnvCheckCore
import Testing

struct URLTypeTests {
    static func type(_ scalars: [String: String] = [:], lists: [String: [String]] = [:]) throws -> URLType {
        try URLType(options: TypeOptions(scalars: scalars, lists: lists))
    }

    @Test(arguments: [
        ("https://example.com", URLParts(scheme: "https", host: "example.com")),
        ("http://localhost:8080/health?verbose=1#top",
         URLParts(scheme: "http", host: "localhost", port: 8080, path: "/health", query: [QueryItem(name: "verbose", value: "1")], fragment: "top")),
        ("HTTPS://Example.COM/Path", URLParts(scheme: "https", host: "Example.COM", path: "/Path")),
        ("https://user:p%40ss@api.example.com/v1", URLParts(scheme: "https", user: "user", password: "p@ss", host: "api.example.com", path: "/v1")),
        ("https://user:pa:ss@api.example.com", URLParts(scheme: "https", user: "user", password: "pa:ss", host: "api.example.com")),
        ("http://[::1]:3000/", URLParts(scheme: "http", host: "::1", port: 3000, path: "/")),
        ("http://[fe80::1%25eth0]/", URLParts(scheme: "http", host: "fe80::1%eth0", path: "/")),
        ("http://10.0.0.5:80", URLParts(scheme: "http", host: "10.0.0.5", port: 80)),
        ("amqp://guest:guest@rabbit:5672/%2F", URLParts(scheme: "amqp", user: "guest", password: "guest", host: "rabbit", port: 5672, path: "/%2F")),
        ("https://example.com/search?q=a%20b&lang=en",
         URLParts(scheme: "https", host: "example.com", path: "/search", query: [QueryItem(name: "q", value: "a b"), QueryItem(name: "lang", value: "en")])),
        ("https://example.com/?flag&x=&&y=a+b",
         URLParts(scheme: "https", host: "example.com", path: "/",
                  query: [QueryItem(name: "flag", value: ""), QueryItem(name: "x", value: ""), QueryItem(name: "y", value: "a+b")])),
        ("http://my_service:8080/api", URLParts(scheme: "http", host: "my_service", port: 8080, path: "/api")),
        ("s3://bucket-name/key/path", URLParts(scheme: "s3", host: "bucket-name", path: "/key/path")),
        ("https://registry.example.com/@scope/pkg", URLParts(scheme: "https", host: "registry.example.com", path: "/@scope/pkg")),
        ("http://h:/", URLParts(scheme: "http", host: "h", path: "/")),
        ("https://example.com/a;b,c!$'()*+=~", URLParts(scheme: "https", host: "example.com", path: "/a;b,c!$'()*+=~")),
        ("https://xn--bcher-kva.example/", URLParts(scheme: "https", host: "xn--bcher-kva.example", path: "/")),
        ("https://example.com/p?next=/a?b", URLParts(scheme: "https", host: "example.com", path: "/p", query: [QueryItem(name: "next", value: "/a?b")])),
        ("postgres://u:p@db:5432/app?sslmode=require",
         URLParts(scheme: "postgres", user: "u", password: "p", host: "db", port: 5432, path: "/app", query: [QueryItem(name: "sslmode", value: "require")])),
    ])
    func valid(text: String, expected: URLParts) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == .url(expected))
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: [
        ("", "Empty value", nil),
        ("example.com", "Missing scheme", 0),
        ("localhost:8080", "Missing scheme: write scheme://host:port", 0),
        ("//example.com", "Missing scheme", 0),
        ("ht_tp://x", "Invalid character in the scheme", 2),
        ("https://exa mple.com", "Host contains whitespace", 11),
        ("https://example.com/a b", "Space in the path; percent-encode it as %20", 21),
        ("https://example.com/%zz", "A % in the path must start a %XX escape", 20),
        ("https://example.com/?q=100%", "A % in the query must start a %XX escape", 26),
        ("https://example.com:99999", "Port must be between 0 and 65535", 20),
        ("https://example.com:8o", "Port must be a decimal number", 21),
        ("https://user:pa/ss@example.com", "Unencoded / in the password; percent-encode it as %2F", 15),
        ("https://user:p@ss@example.com", "Unencoded @ in the password; percent-encode it as %40", 14),
        ("https://user:pa#ss@example.com", "Unencoded # in the password; percent-encode it as %23", 15),
        ("https://user:pa?ss@example.com", "Unencoded ? in the password; percent-encode it as %3F", 15),
        ("https://us er:pw@example.com", "Character not allowed in the user information", 10),
        ("mailto:ops@example.com", "URL has no host", 7),
        ("https://", "URL has no host", nil),
        ("https://::1/", "An IPv6 address must be in brackets", 8),
        ("https://[::1", "Missing ]", 8),
        ("https://[::1]x/", "Unexpected character after ]", 13),
        ("https://exämple.com", "non-ASCII", 10),
        ("https://example.com/é", "Non-ASCII character in the path", 20),
        ("https://example.com/#a#b", "Unencoded # in the fragment", 22),
        ("https://example.com/{id}", "Character not allowed in the path", 20),
        ("https://-bad.example.com", "starts with a hyphen", 8),
        ("https://example.com\n", "ends with whitespace", 19),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.offset == offset)
    }

    @Test func messagesNeverQuoteThePassword() throws {
        for text in ["https://user:hunter2/x@example.com", "https://user:hunter2@@example.com", "https://user:hunter2%zz@example.com"] {
            let result = try Self.type().parse(text)
            #expect(result.value == nil)
            #expect(result.problems.allSatisfy { !$0.message.contains("hunter2") })
        }
    }

    @Test func schemes() throws {
        let type = try Self.type(lists: ["schemes": ["https", "HTTP"]])
        #expect(type.parse("http://example.com").value != nil)
        let problem = try #require(type.parse("ftp://example.com").problems.first)
        #expect(problem.message == "Scheme must be https or http")
        #expect(problem.offset == 0)
        #expect(try Self.type(["schemes": "https"]).parse("http://x.io").value == nil)
    }

    @Test func requireHostFalse() throws {
        let type = try Self.type(["requireHost": "false"])
        #expect(type.parse("mailto:ops@example.com").value == .url(URLParts(scheme: "mailto", path: "ops@example.com")))
        #expect(type.parse("file:///etc/hosts").value == .url(URLParts(scheme: "file", path: "/etc/hosts")))
    }

    @Test func requirePath() throws {
        let type = try Self.type(["requirePath": "true"])
        #expect(type.parse("https://example.com/").problems.first?.message == "URL has no path")
        #expect(type.parse("https://example.com").value == nil)
        #expect(type.parse("https://example.com/api").value != nil)
    }

    @Test func allowCredentialsFalse() throws {
        let type = try Self.type(["allowCredentials": "false"])
        let problem = try #require(type.parse("https://u:p@example.com").problems.first)
        #expect(problem.message.contains("Credentials"))
        #expect(problem.offset == 8)
        #expect(type.parse("https://example.com/@user").value != nil)
    }

    @Test(arguments: [
        (["requireHost": "yes"], [:]), (["requirePath": "1"], [:]), (["allowCredentials": "nope"], [:]),
        ([:], ["schemes": ["https://"]]), ([:], ["schemes": []]), ([:], ["schemes": ["1http"]]),
    ] as [([String: String], [String: [String]])])
    func badOptions(scalars: [String: String], lists: [String: [String]]) {
        #expect(throws: TypeOptionError.self) { try Self.type(scalars, lists: lists) }
    }
}
