import Foundation
import Testing

struct BundleCommandTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas/app.env.yaml")
    static let secrets = ["pg-s3cret-pw", "Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx", "r3dis-pw"]
    static let goodEnv = """
    DATABASE_URL=postgres://app:pg-s3cret-pw@db:5432/app
    REDIS_URL=redis://:r3dis-pw@cache:6379/0
    HEALTH_KEY=Zq8vN3xK7pL2mR9tY4wB6cD1fG5hJ0kSx
    IDEMPOTENCY_TTL=2h

    """

    /// A scratch project: the repository's schema and `env` as `.env` (in `directory`, if given).
    static func project(_ env: String, in directory: String = ".") throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("\(directory)/schemas/app.env.yaml", Data(contentsOf: schema))
        try cli.write("\(directory)/.env", env)
        return cli
    }

    static func mode(_ cli: CLIRunner, _ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.directory.appendingPathComponent(name).path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func exists(_ cli: CLIRunner, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent(name).path)
    }

    @Test func brokenConfigurationWritesNothing() throws {
        let cli = try Self.project("DATABASE_URL=mysql://app@db/app\nPORT=99999\n")
        let result = try cli.run(["bundle"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[invalid-value]: DATABASE_URL"))
        #expect(result.stdout.contains("error[invalid-value]: PORT"))
        #expect(result.stderr == "envcheck: Not writing config.bundle.json: the configuration has errors\n")
        #expect(!Self.exists(cli, "config.bundle.json"))
    }

    @Test func missingRequiredInProductionWritesNothing() throws {
        let cli = try Self.project("DATABASE_URL=postgres://app:pg-s3cret-pw@db:5432/app\n")
        let result = try cli.run(["bundle", "--environment", "production", "-o", "prod.json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("HEALTH_KEY"))
        #expect(!result.stdout.contains("pg-s3cret-pw"))
        #expect(!Self.exists(cli, "prod.json"))
    }

    @Test func goodConfigurationIsWrittenPrivately() throws {
        let cli = try Self.project(Self.goodEnv)
        let result = try cli.run(["bundle"])
        #expect(result.status == 0)
        #expect(result.stdout == "Wrote config.bundle.json (9 variables, environment development)\n")
        #expect(try Self.mode(cli, "config.bundle.json") == 0o600)
        let text = try cli.read("config.bundle.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "envcheck-bundle")
        #expect(json["formatVersion"] as? Int == 1)
        #expect(json["environment"] as? String == "development")
        let variables = try #require(json["variables"] as? [String: Any])
        let ttl = variables["IDEMPOTENCY_TTL"] as? [String: Any]
        #expect((ttl?["typed"] as? [String: Any])?["seconds"] as? Int == 7200)
        #expect((ttl?["provenance"] as? [[String: Any]])?.first?["line"] as? Int == 4)
        #expect(((variables["PORT"] as? [String: Any])?["provenance"] as? [[String: Any]])?.first?["default"] as? Bool == true)
        #expect(Self.secrets.allSatisfy(text.contains))
        // The same input gives the same bytes.
        #expect(try cli.run(["bundle", "-o", "again.json"]).status == 0)
        #expect(try cli.read("again.json") == text)
    }

    @Test func redactedBundleHasNoSecrets() throws {
        let cli = try Self.project(Self.goodEnv)
        let result = try cli.run(["bundle", "--redact", "-o", "shared.json"])
        #expect(result.status == 0)
        #expect(try Self.mode(cli, "shared.json") == 0o644)
        let bytes = try Data(contentsOf: cli.directory.appendingPathComponent("shared.json"))
        for secret in Self.secrets { #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) in the redacted bundle") }
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"redacted\": true"))
    }

    @Test func printBundleMasksSecrets() throws {
        let cli = try Self.project(Self.goodEnv)
        #expect(try cli.run(["bundle"]).status == 0)
        let masked = try cli.run(["print", "--bundle", "config.bundle.json"])
        #expect(masked.status == 0)
        #expect(masked.stdout.contains("\"DATABASE_URL\": {\"type\": \"postgres-url\", \"secret\": true, \"value\": \"****\"}"))
        #expect(masked.stdout.contains("\"IDEMPOTENCY_TTL\": {\"type\": \"duration\", \"secret\": false, \"value\": \"2h\"}"))
        for secret in Self.secrets { #expect(!masked.stdout.contains(secret)) }
        let dotenv = try cli.run(["print", "--bundle", "config.bundle.json", "--format", "dotenv"])
        #expect(dotenv.stdout.contains("HEALTH_KEY='****' # secret\n"))
        #expect(dotenv.stdout.contains("PORT=3000 # port\n"))
        let shown = try cli.run(["print", "--bundle", "config.bundle.json", "--show-secrets"])
        #expect(shown.stdout.contains("pg-s3cret-pw"))
    }

    @Test func printBundleRejectsOtherFiles() throws {
        let cli = try CLIRunner()
        try cli.write("x.json", "{\"format\": \"something-else\"}")
        let result = try cli.run(["print", "--bundle", "x.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("x.json: Not a config bundle"))
        #expect(try cli.run(["print", "--bundle", "x.json", ".env"]).status == 2)
    }

    @Test func directoryArgumentAndStandardOutput() throws {
        let cli = try Self.project(Self.goodEnv, in: "svc")
        let result = try cli.run(["bundle", "svc", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"format\": \"envcheck-bundle\""))
        #expect(result.stdout.contains("{\"file\": \"svc/.env\", \"line\": 1}"))
        #expect(result.stderr.contains("standard output"))
        #expect(!Self.exists(cli, "config.bundle.json"))
    }

    @Test func noSchemaIsExitTwo() throws {
        let cli = try CLIRunner()
        try cli.write(".env", "A=1\n")
        let result = try cli.run(["bundle"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("no schema"))
        #expect(!Self.exists(cli, "config.bundle.json"))
    }
}
