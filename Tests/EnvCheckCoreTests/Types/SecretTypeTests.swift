@testable import EnvCheckCore
import Testing

struct SecretTypeTests {
    private static func type(_ scalars: [String: String] = [:], placeholders: [String]? = nil) throws -> SecretType {
        try SecretType(options: TypeOptions(scalars: scalars, lists: placeholders.map { ["placeholders": $0] } ?? [:]))
    }

    @Test(arguments: [
        ([:], "k9F2mQ7xL4pR8vT1"), ([:], "3f9a7c2e1b8d4f6a0c5e7b9d1f3a5c7e"), ([:], "Zx8!qP2#mN5$rT7&wK9"),
        ([:], "q1Z5c3VwZXJzZWNyZXRrZXk="), ([:], "correct-horse-battery-staple"), ([:], "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ([:], "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        ([:], "This is a long passphrase with words"), ([:], "ÄÖÜäöüßéèêëàâîïôûç"), ([:], "ghp_16C7e42F292c6912E7710c838347Ae178B4a"),
        ([:], "mysecretvalue-9c8d7e6f5a4b"), ([:], "test-Xk29fjQ83hdLw01"), (["minLength": "8", "minEntropy": "20"], "hunter2x"),
        (["minLength": "0", "minEntropy": "0"], "a"), (["minEntropy": "100"], "a8Kd93nfQ0zLp2Xv7RtYw4Bc6Hj1Ms5E"),
        ([:], "your-own-Xk29fjQ83hdLw01-here-no"),
    ] as [([String: String], String)])
    func valid(options: [String: String], text: String) throws {
        #expect(try Self.type(options).parse(text) == .valid(.secret(text)))
    }

    @Test(arguments: [
        ("changeme", "placeholder word"), ("CHANGEME", "placeholder word"), ("change-me-in-production-please", "change me"),
        ("secret", "placeholder word"), ("password", "placeholder word"), ("Password123!", "placeholder word"),
        ("xxxxxxxxxxxxxxxxxxxx", "repeats one character"), ("your-api-key-here", "your-…-here"), ("YOUR_SECRET_HERE", "your-…-here"),
        ("todo", "placeholder word"), ("example", "placeholder word"), ("test", "placeholder word"), ("TEST", "placeholder word"),
        ("1234567890123456", "digit sequence"), ("12345", "digit sequence"), ("<your-secret>", "template"),
        ("{{ SECRET }}", "template"), ("****************", "repeats one character"), ("dummy", "placeholder word"),
    ])
    func placeholders(text: String, reason: String) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.contains(reason) == true, "\(result.problems)")
        #expect(result.problems.first?.message.contains("openssl rand") == true)
        #expect(result.problems.first?.offset == 0)
        if text.count > 8 { #expect(result.problems.first?.message.lowercased().contains(text.lowercased()) == false) }
    }

    @Test(arguments: [
        ([:], "k9F2mQ7x", ["Secret is shorter than 16 characters", "too predictable: about 24 bits"]),
        ([:], "abababababababababab", ["Secret is too predictable: about 20 bits of entropy, at least 48 required"]),
        ([:], "", ["Empty secret"]),
        (["minLength": "32"], "k9F2mQ7xL4pR8vT1", ["shorter than 32"]),
        (["minEntropy": "128"], "3f9a7c2e1b8d4f6a0c5e7b9d1f3a5c7e", ["at least 128 required"]),
        ([:], "aaaaaaaabbbbbbbbcccc", ["too predictable"]),
    ] as [([String: String], String, [String])])
    func weak(options: [String: String], text: String, messages: [String]) throws {
        let result = try Self.type(options).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.count == messages.count)
        for (problem, message) in zip(result.problems, messages) {
            #expect(problem.severity == .error)
            #expect(problem.message.contains(message), "\(problem.message)")
        }
    }

    @Test func schemaPlaceholdersAreRejectedIgnoringCase() throws {
        let type = try Self.type(placeholders: ["local-dev-signing-key-1234"])
        let result = type.parse("LOCAL-DEV-SIGNING-KEY-1234")
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains("listed in the schema") == true)
    }

    @Test(arguments: [
        (["minLength": "-1"], "minLength"), (["minLength": "abc"], "minLength"), (["minEntropy": "x"], "minEntropy"),
        (["minEntropy": "-5"], "minEntropy"),
    ])
    func badOptions(options: [String: String], key: String) {
        let error = #expect(throws: TypeOptionError.self) { try SecretType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == key)
    }

    @Test(arguments: [("aaaaaaaabbbbbbbb", 16.0), ("abcdefghijklmnop", 64.0), ("aaaa", 0.0), ("ab", 2.0), ("", 0.0)])
    func shannonEstimate(text: String, bits: Double) {
        #expect(abs(SecretType.entropy(of: text) - bits) < 1e-9)
    }

    @Test(arguments: [(8.0, 3.0), (0.5, -1.0), (1.0, 0.0), (0.1, -3.321928094887362), (3.0, 1.584962500721156)])
    func binaryLogarithm(x: Double, expected: Double) {
        #expect(abs(SecretType.binaryLogarithm(x) - expected) < 1e-12)
    }
}
