@testable import EnvCheckCore
import Foundation
import Testing

struct ConfigBundleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let appSchemaText = (try? String(contentsOf: root.appendingPathComponent("schemas/app.env.yaml"), encoding: .utf8)) ?? ""

    static let sampleEnv = """
    NODE_ENV=production
    DATABASE_URL=postgres://app:pg-s3cret-pw@db1:5432,db2/app?sslmode=require&application_name=api
    REDIS_URL=rediss://worker:r3dis-pw@cache:6380/2
    HEALTH_KEY=Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx
    IDEMPOTENCY_TTL=1h30m
    VITE_IDEMPOTENCY_MAX=500
    TRUST_PROXY=loopback, 10.0.0.0/8, 2001:db8::/32

    """

    static let extraSchemaText = """
    variables:
      API_URL:
        type: url
        secret: true
      RATIO:
        type: number
      VERBOSE:
        type: boolean
      ALLOWED:
        type: cidr
        list: true
      HOPS:
        type: trust-proxy
      GREETING:
        type: string
        default: "héllo \\"world\\" ☃"
    """

    static let extraEnv = """
    API_URL=https://bot:url-pa55@api.example.com:8443/v1/items?token=tok-123&page=2#top
    RATIO=0.25
    VERBOSE=true
    ALLOWED=10.1.2.0/24, ::ffff:0:0/96, fe80::1:0:0:1/64
    HOPS=2

    """

    static func context(schema text: String, env: String, environment: String = "production",
                        process: [String: String] = [:]) -> SchemaContext {
        let (schema, problems) = SchemaLoader.load(sources: [SourceFile(path: "schemas/app.env.yaml", text: text)],
                                                   typeNamed: ValueTypeRegistry.type(named:))
        #expect(problems.isEmpty)
        let environment = ProcessEnvironment(process)
        let layers = EnvironmentLayers(files: [EnvFile(source: SourceFile(path: ".env", text: env))], environment: "production",
                                       process: environment)
        return SchemaContext(schema: schema, layers: layers, process: environment, example: nil, compose: nil)
    }

    static var appBundle: ConfigBundle {
        ConfigBundle.make(context: context(schema: appSchemaText, env: sampleEnv, process: ["PORT": "8080"]), envcheckVersion: "9.9.9")
    }

    // MARK: make

    @Test func makeFollowsSchemaOrderWithProvenance() {
        let bundle = Self.appBundle
        #expect(!Self.appSchemaText.isEmpty)
        #expect(bundle.variables.map(\.name) == ["NODE_ENV", "HOST", "PORT", "DATABASE_URL", "REDIS_URL", "HEALTH_KEY",
                                                 "IDEMPOTENCY_TTL", "IDEMPOTENCY_MAX", "TRUST_PROXY"])
        #expect(bundle.environment == "production")
        #expect(bundle["NODE_ENV"]?.provenance == [.file(path: ".env", line: 1)])
        #expect(bundle["HOST"]?.provenance == [.schemaDefault])
        #expect(bundle["HOST"]?.value == "0.0.0.0")
        #expect(bundle["PORT"]?.provenance == [.processEnvironment])
        #expect(bundle["PORT"]?.typed == .integer(8080))
        #expect(bundle["IDEMPOTENCY_MAX"]?.alias == "VITE_IDEMPOTENCY_MAX")
        #expect(bundle["IDEMPOTENCY_MAX"]?.typed == .integer(500))
        #expect(bundle["IDEMPOTENCY_TTL"]?.typed == .duration(seconds: 5400))
        #expect(bundle["DATABASE_URL"]?.isSecret == true)
        #expect(bundle["HEALTH_KEY"]?.typed == .secret("Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx"))
        #expect(bundle["REDIS_URL"]?.isSecret == false)
    }

    @Test func environmentDefaultIsUsed() {
        let bundle = ConfigBundle.make(context: Self.context(schema: Self.appSchemaText, env: "DATABASE_URL=postgres://db/app\n"),
                                       envcheckVersion: "1")
        #expect(bundle["TRUST_PROXY"]?.value == "loopback")
        #expect(bundle["REDIS_URL"] == nil)
        #expect(bundle["HEALTH_KEY"] == nil)
    }

    // MARK: encode / decode

    @Test(arguments: [false, true])
    func roundTripKeepsTypedValues(extra: Bool) throws {
        let bundle = extra
            ? ConfigBundle.make(context: Self.context(schema: Self.extraSchemaText, env: Self.extraEnv), envcheckVersion: "1")
            : Self.appBundle
        #expect(bundle.variables.allSatisfy { $0.typed != nil })
        let decoded = try ConfigBundle.decode(bundle.encoded())
        #expect(decoded == bundle)
        #expect(decoded.encoded() == bundle.encoded())
    }

    @Test func typedShapes() throws {
        let bundle = ConfigBundle.make(context: Self.context(schema: Self.extraSchemaText, env: Self.extraEnv), envcheckVersion: "1")
        let json = try JSONReader.parse(bundle.encoded())
        let variables = try #require(json["variables"])
        #expect(variables["RATIO"]?["typed"] == .number(0.25))
        #expect(variables["VERBOSE"]?["typed"] == .bool(true))
        #expect(variables["ALLOWED"]?["typed"] == .array([.string("10.1.2.0/24"), .string("::ffff:0:0/96"), .string("fe80::1:0:0:1/64")]))
        #expect(variables["HOPS"]?["typed"] == .object([JSONMember("hops", .integer(2))]))
        #expect(variables["API_URL"]?["typed"]?["port"] == .integer(8443))
        #expect(variables["API_URL"]?["typed"]?["query"]?.arrayValue?.count == 2)
        #expect(variables["GREETING"]?["typed"] == .string("héllo \"world\" ☃"))
        let app = try JSONReader.parse(Self.appBundle.encoded())["variables"]
        #expect(app?["IDEMPOTENCY_TTL"]?["typed"] == .object([JSONMember("seconds", .integer(5400))]))
        #expect(app?["DATABASE_URL"]?["typed"]?["hosts"]?.arrayValue?.count == 2)
        #expect(app?["TRUST_PROXY"]?["typed"]?["keywords"] == .array([.string("loopback")]))
        #expect(app?["HOST"]?["provenance"] == .array([.object([JSONMember("default", .bool(true))])]))
    }

    @Test func outputIsDeterministicWithFixedKeyOrder() throws {
        let first = Self.appBundle.encoded()
        #expect(first == Self.appBundle.encoded())
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\": \"envcheck-bundle\",\n  \"formatVersion\": 1,\n  \"envcheckVersion\": \"9.9.9\",\n  \"schemaDigest\": \""))
        #expect(text.contains("""
            "HOST": {
              "type": "host",
              "secret": false,
              "value": "0.0.0.0",
              "typed": "0.0.0.0",
              "provenance": [{"default": true}]
            },
        """))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func staleDigestIsDetected() {
        let bundle = Self.appBundle
        let same = SchemaLoader.load(sources: [SourceFile(path: "schemas/app.env.yaml", text: Self.appSchemaText)],
                                     typeNamed: ValueTypeRegistry.type(named:)).0
        let changed = SchemaLoader.load(sources: [SourceFile(path: "schemas/app.env.yaml", text: Self.appSchemaText + "\n# changed\n")],
                                        typeNamed: ValueTypeRegistry.type(named:)).0
        #expect(!bundle.isStale(for: same))
        #expect(bundle.isStale(for: changed))
    }

    @Test(arguments: [
        ("[]", "not a JSON object"),
        ("{}", "no \"format\" field"),
        ("{\"format\": \"other\"}", "format is \"other\", expected \"envcheck-bundle\""),
        ("{\"format\": \"envcheck-bundle\", \"formatVersion\": 2}", "Unsupported bundle format version 2"),
        ("{\"format\": \"envcheck-bundle\", \"formatVersion\": 1}", "variables: expected an object"),
        ("{\"format\": \"envcheck-bundle\", \"formatVersion\": 1, \"variables\": {\"A\": {\"type\": \"port\", \"secret\": false, "
            + "\"typed\": \"x\", \"provenance\": [{\"nope\": 1}]}}}", "variables.A.provenance[0]"),
        ("{\"format\": \"envcheck-bundle\", \"formatVersion\": 1, \"variables\": {\"A\": {\"type\": \"cidr\", \"secret\": false, "
            + "\"typed\": [\"10.0.0.0/33\"], \"provenance\": []}}}", "variables.A.typed[0]: expected a CIDR string"),
        ("{\"format\": \"envcheck-bundle\", \"format\": 1}", "Invalid JSON at byte 30: Duplicate key \"format\""),
    ])
    func decodeRejectsWithAClearMessage(text: String, message: String) {
        #expect {
            try ConfigBundle.decode(Array(text.utf8))
        } throws: { error in
            (error as? BundleError)?.message.contains(message) == true
        }
    }

    // MARK: redaction

    @Test func redactedBundleHoldsNoSecret() throws {
        let secrets = ["pg-s3cret-pw", "r3dis-pw", "Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx", "url-pa55", "tok-123"]
        let bundles = [Self.appBundle,
                       ConfigBundle.make(context: Self.context(schema: Self.extraSchemaText, env: Self.extraEnv), envcheckVersion: "1")]
        for bundle in bundles {
            let full = String(decoding: bundle.encoded(), as: UTF8.self)
            let redacted = bundle.redacted().encoded()
            let text = String(decoding: redacted, as: UTF8.self)
            for secret in secrets where full.contains(secret) {
                #expect(!text.contains(secret), "\(secret) left in the redacted bundle")
                #expect(!Data(redacted).contains(Data(secret.utf8)))
            }
            let decoded = try ConfigBundle.decode(redacted)
            #expect(decoded == bundle.redacted())
            #expect(decoded.variables.filter(\.isSecret).allSatisfy { $0.isRedacted && $0.value == nil })
        }
        let app = Self.appBundle.redacted()
        #expect(app["HEALTH_KEY"]?.typed == nil)
        #expect(app["REDIS_URL"]?.isRedacted == true)
        guard case .postgres(let url)? = app["DATABASE_URL"]?.typed else { Issue.record("postgres parts kept"); return }
        #expect(url.hosts.map(\.host) == ["db1", "db2"] && url.password == nil && url.database == "app")
        #expect(app["PORT"]?.isRedacted == false && app["PORT"]?.value == "8080")
    }

    // MARK: AppConfig

    @Test func appConfigFromTheRepositorySchema() throws {
        let config = try AppConfig(bundle: ConfigBundle.decode(Self.appBundle.encoded()))
        #expect(config.environment == "production")
        #expect(config.nodeEnv == "production")
        #expect(config.host == "0.0.0.0")
        #expect(config.port == 8080)
        #expect(config.database.hosts == [HostPort(host: "db1", port: 5432), HostPort(host: "db2", port: nil)])
        #expect(config.database.password == "pg-s3cret-pw")
        #expect(config.database.parameter("sslmode") == "require")
        #expect(config.redis == RedisURL(usesTLS: true, user: "worker", password: "r3dis-pw", host: "cache", port: 6380, database: 2))
        #expect(config.healthKey == "Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx")
        #expect(config.idempotencyTTL == 5400)
        #expect(config.idempotencyMax == 500)
        guard case .trusted(let keywords, let networks) = config.trustProxy else { Issue.record("trusted"); return }
        #expect(keywords == ["loopback"])
        #expect(networks.map(\.cidr) == ["127.0.0.1/8", "::1/128", "10.0.0.0/8", "2001:db8::/32"])
    }

    @Test func appConfigOptionalsAndDefaults() throws {
        let bundle = ConfigBundle.make(context: Self.context(schema: Self.appSchemaText, env: "DATABASE_URL=postgres://db/app\n"),
                                       envcheckVersion: "1")
        let config = try AppConfig(bundle: bundle)
        #expect(config.redis == nil && config.healthKey == nil)
        #expect(config.port == 3000 && config.idempotencyMax == 200 && config.idempotencyTTL == 86400)
        #expect(config.trustProxy == .trusted(keywords: ["loopback"], networks: [
            IPNetwork(address: [127, 0, 0, 1], prefixLength: 8), IPNetwork(address: Array(repeating: 0, count: 15) + [1], prefixLength: 128),
        ]))
    }

    @Test func appConfigErrorsNameTheVariable() {
        var missing = Self.appBundle
        missing.variables.removeAll { $0.name == "DATABASE_URL" }
        var wrongType = Self.appBundle
        wrongType.variables[2].typed = .string("eighty")
        let cases: [(ConfigBundle, String)] = [
            (missing, "DATABASE_URL is missing from the config bundle"),
            (wrongType, "PORT in the config bundle is of type port, expected a port"),
            (Self.appBundle.redacted(), "DATABASE_URL is redacted in this bundle"),
        ]
        for (bundle, message) in cases {
            #expect {
                try AppConfig(bundle: bundle)
            } throws: { error in
                (error as? BundleError)?.message.hasPrefix(message) == true
            }
        }
    }

    // MARK: IP networks

    @Test(arguments: [
        ("10.0.0.0/8", "10.0.0.0/8"), ("::/1", "::/1"), ("::1/128", "::1/128"), ("2001:DB8:0:0:1:0:0:1/64", "2001:db8::1:0:0:1/64"),
        ("2001:db8:0:1:1:1:1:1/64", "2001:db8:0:1:1:1:1:1/64"), ("fe80:0:0:0:0:0:0:0/10", "fe80::/10"),
        ("1:0:0:2:0:0:0:3/128", "1:0:0:2::3/128"), ("::ffff:10.0.0.1/128", "::ffff:a00:1/128"),
    ])
    func cidrText(input: String, expected: String) throws {
        let network = try #require(IPNetwork(cidr: input))
        #expect(network.cidr == expected)
        #expect(IPNetwork(cidr: expected) == network)
    }

    @Test(arguments: ["10.0.0.0", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "x/8", "10.0.0.0/8/8", "10.0.0.0/008"])
    func cidrRejects(text: String) {
        #expect(IPNetwork(cidr: text) == nil)
    }
}


struct JSONReaderTests {
    @Test(arguments: [
        ("0", JSONValue.integer(0)), ("-0", .integer(0)), ("12", .integer(12)), ("-3.5", .number(-3.5)), ("1e3", .number(1000)),
        ("2.5E-1", .number(0.25)), ("99999999999999999999", .number(1e20)), ("true", .bool(true)), ("null", .null),
        (" [1, \"a\" ,{}] ", .array([.integer(1), .string("a"), .object([])])),
        ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", .string("\"\\/\u{8}\u{C}\n\r\t")),
        ("\"\\u00e9\\u2603\"", .string("é☃")), ("\"\\ud83d\\ude00\"", .string("😀")), ("\"😀\"", .string("😀")),
        ("{\"b\": 1, \"a\": [true, null]}", .object([JSONMember("b", .integer(1)), JSONMember("a", .array([.bool(true), .null]))])),
    ])
    func parsesValid(text: String, expected: JSONValue) throws {
        #expect(try JSONReader.parse(Array(text.utf8)) == expected)
    }

    @Test(arguments: [
        ("", 0, "Unexpected end of input"), ("01", 0, "Leading zeros"), ("1.", 2, "digit after the decimal point"),
        ("-", 1, "Expected a digit"), ("+1", 0, "Unexpected character"), (".5", 0, "Unexpected character"),
        ("1e", 2, "digit in the exponent"), ("1e999", 0, "out of range"), ("[1,]", 3, "Unexpected character"),
        ("[1 2]", 3, "Expected ',' or ']'"), ("{\"a\" 1}", 5, "Expected ':'"), ("{\"a\":1,}", 7, "Expected a string key"),
        ("{'a':1}", 1, "Expected a string key"), ("\"abc", 0, "Unterminated string"), ("\"a\nb\"", 2, "Control character"),
        ("\"\\x\"", 1, "Invalid escape"), ("\"\\u12\"", 5, "four hex digits"), ("\"\\ud83d\"", 1, "High surrogate without"),
        ("\"\\ud83d\\u0041\"", 1, "High surrogate without"), ("\"\\ude00\"", 1, "Lone low surrogate"), ("tru", 0, "expected true"),
        ("nul", 0, "expected null"), ("1 2", 2, "after the JSON value"), ("{\"a\":1,\"a\":2}", 7, "Duplicate key"),
        ("\u{FEFF}{}", 0, "Unexpected character"), ("NaN", 0, "Unexpected character"),
    ])
    func rejectsInvalid(text: String, offset: Int, message: String) {
        #expect {
            try JSONReader.parse(Array(text.utf8))
        } throws: { error in
            guard let error = error as? JSONReader.ParseError else { return false }
            return error.offset == offset && error.message.contains(message)
                && error.description.hasPrefix("Invalid JSON at byte \(offset): ")
        }
    }

    @Test func rejectsInvalidUTF8() {
        for bytes: [UInt8] in [[0x22, 0xC3, 0x22], [0x22, 0x80, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF8, 0x88, 0x80, 0x80, 0x80, 0x22]] {
            #expect(throws: JSONReader.ParseError.self) { try JSONReader.parse(bytes) }
        }
    }

    @Test func nestingIsLimited() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONReader.parse(Array(ok.utf8)) }
        let deep = String(repeating: "[", count: 100_000)
        #expect {
            try JSONReader.parse(Array(deep.utf8))
        } throws: { error in
            (error as? JSONReader.ParseError)?.message.contains("deeper than 64") == true
        }
        let objects = String(repeating: "{\"a\":", count: 65) + "1" + String(repeating: "}", count: 65)
        #expect(throws: JSONReader.ParseError.self) { try JSONReader.parse(Array(objects.utf8)) }
    }

    @Test func writerOutputParsesBack() throws {
        let value = JSONValue.object([
            JSONMember("text", .string("tab\t\"q\" \\ \u{1} é 😀")), JSONMember("n", .number(1.5e-7)), JSONMember("big", .integer(Int.max)),
            JSONMember("nested", .array([.object([JSONMember("x", .array([]))]), .null, .bool(false)])),
            JSONMember("long", .array((0..<40).map { .integer($0) })),
        ])
        #expect(try JSONReader.parse(Array(JSONWriter.pretty(value).utf8)) == value)
        #expect(try JSONReader.parse(Array(JSONWriter.compact(value).utf8)) == value)
        let foundation = try JSONSerialization.jsonObject(with: Data(JSONWriter.pretty(value).utf8)) as? [String: Any]
        #expect(foundation?["text"] as? String == "tab\t\"q\" \\ \u{1} é 😀")
    }

    /// Random bytes and mutations of a real bundle never crash the reader or the decoder, and
    /// whatever the reader accepts, Foundation accepts too.
    @Test func fuzzNeverCrashes() throws {
        var random = SplitMix64(seed: 0xE5C0_FFEE)
        let alphabet = Array("{}[]:,\"\\/ 0123456789-+.eEtrufalsn\u{0}\n\tuD8dcA".utf8) + [0xC3, 0xA9, 0xFF, 0xED]
        let seed = ConfigBundleTests.appBundle.encoded()
        for round in 0..<3000 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case 1: bytes = (0..<Int(random.next() % 64)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            default:
                bytes = seed
                for _ in 0..<(1 + Int(random.next() % 4)) {
                    let index = Int(random.next() % UInt64(bytes.count))
                    bytes[index] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                }
            }
            if (try? JSONReader.parse(bytes)) != nil {
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil,
                        "accepted what Foundation rejects: \(bytes)")
            }
            _ = try? ConfigBundle.decode(bytes)
        }
    }
}

/// A small deterministic generator, so a fuzz failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
