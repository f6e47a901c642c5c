import EnvCheckCore
import EnvCheckRules
import Foundation
import Testing

/// The schema rules beyond their documented examples: exact places, production against
/// development, aliases, the process environment, and messages that never contain a value.
@Suite("SchemaRules")
struct SchemaRulesTests {
    static let schemaIDs = [
        "missing-required", "invalid-value", "undeclared-variable", "missing-in-example", "missing-from-env",
        "deprecated-variable", "alias-disagreement", "weak-secret", "insecure-in-production", "service-mismatch",
    ]

    /// The project's schema, shaped like the runbook's variables.
    static let schema = """
        variables:
          NODE_ENV:
            type: enum
            values: [development, production, test]
            required: true
          DATABASE_URL:
            type: postgres-url
            required: true
            secret: true
            service: postgres
          HEALTH_KEY:
            type: secret
            secret: true
            required: [production]
          IDEMPOTENCY_TTL:
            type: duration
            default: 24h
          IDEMPOTENCY_MAX:
            type: integer
            min: 1
            default: 200
            required: true
            aliases: [VITE_IDEMPOTENCY_MAX]
          TRUST_PROXY:
            type: trust-proxy
          PG_CONNECTION:
            type: postgres-url
            deprecated: Use DATABASE_URL instead
        """

    /// Every schema rule's findings for an example (`# environment:` / `# file:` convention).
    static func findings(_ text: String, schema: String = schema) -> [Diagnostic] {
        let rules = schemaIDs.compactMap(BuiltinRules.rule)
        let engine = LintEngine(rules: rules, configuration: LintConfiguration(enabled: Set(schemaIDs)))
        return engine.lint(RuleExampleTests.schemaContext(schema, text))
    }

    static func findings(_ id: String, _ text: String, schema: String = schema) -> [Diagnostic] {
        findings(text, schema: schema).filter { $0.ruleID == id }
    }

    /// Findings with a process environment and explicit files (no example conventions).
    static func findings(_ id: String, env: String?, example: String? = nil, process: [String: String] = [:],
                         environment: String) -> [Diagnostic] {
        let (loaded, _) = SchemaLoader.load(sources: [SourceFile(path: "schemas/app.yaml", text: schema)],
                                            typeNamed: ValueTypeRegistry.type(named:))
        let processEnvironment = ProcessEnvironment(process)
        let layers = EnvironmentLayers(files: env.map { [EnvFile(path: ".env", text: $0)] } ?? [], environment: environment,
                                       process: processEnvironment)
        let context = SchemaContext(schema: loaded, layers: layers, process: processEnvironment,
                                    example: example.map { EnvFile(path: ".env.example", text: $0) }, compose: nil)
        guard let rule = BuiltinRules.rule(id) else { return [] }
        return LintEngine(rules: [rule], configuration: LintConfiguration(enabled: [id])).lint(context)
    }

    @Test func schemaRulesAreRegistered() {
        for id in Self.schemaIDs {
            #expect(BuiltinRules.rule(id)?.description.subject == .schema, "\(id)")
        }
        #expect(BuiltinRules.rule("undeclared-variable")?.description.isOptIn == false)
    }

    @Test(arguments: schemaIDs)
    func exampleSchemasLoadCleanly(id: String) throws {
        let rule = try #require(BuiltinRules.rule(id))
        let text = try #require(rule.description.exampleSchema)
        let (schema, problems) = SchemaLoader.load(sources: [SourceFile(path: "schemas/example.yaml", text: text)],
                                                   typeNamed: ValueTypeRegistry.type(named:))
        #expect(problems.isEmpty, "\(id): \(problems.map(\.message))")
        #expect(!schema.variables.isEmpty)
    }

    @Test func laterLayersOverrideAndAreReportedWhereTheyWin() throws {
        let text = "# environment: production\nNODE_ENV=development\n# file: .env.production\nNODE_ENV=production\n"
            + "IDEMPOTENCY_MAX=0\n"
        #expect(Self.findings("insecure-in-production", text).isEmpty)
        let invalid = try #require(Self.findings("invalid-value", text).first)
        #expect(invalid.path == ".env.production" && invalid.line == 2 && invalid.column == 17)
    }

    // MARK: invalid-value

    @Test func unencodedAtInPasswordPointsAtItsColumn() throws {
        let found = Self.findings("invalid-value", "NODE_ENV=development\nDATABASE_URL=postgres://app:p@ss@db:5432/app\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.path == ".env")
        #expect(finding.line == 2)
        #expect(finding.column == 30)  // "DATABASE_URL=" is 13 columns; "postgres://app:p" is 16 more
        #expect(finding.severity == .error)
        #expect(finding.message.hasPrefix("DATABASE_URL is not a valid postgres-url: "))
        #expect(finding.message.contains("%40"))
    }

    @Test func quotesShiftTheColumnAndInterpolationMarksTheWholeValue() throws {
        let quoted = try #require(Self.findings("invalid-value", "DATABASE_URL='postgres://app:p@ss@db/app'\n").first)
        #expect(quoted.line == 1 && quoted.column == 31)
        let interpolated = try #require(Self.findings(
            "invalid-value", "PASSWORD=p@ss\nDATABASE_URL=postgres://app:${PASSWORD}@db/app\n").first)
        #expect(interpolated.line == 2 && interpolated.column == 14)
        #expect(interpolated.range.end.column > interpolated.range.start.column + 1)
    }

    @Test func unicodeBeforeTheProblemCountsAsOneColumn() throws {
        let finding = try #require(Self.findings("invalid-value", "IDEMPOTENCY_TTL=1é\n").first)
        #expect(finding.column == 18)
        #expect(finding.message.hasPrefix("IDEMPOTENCY_TTL is not a valid duration: "))
    }

    @Test func typeWarningsStayWarnings() throws {
        let finding = try #require(Self.findings("invalid-value", "TRUST_PROXY=1\n").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.hasPrefix("TRUST_PROXY (trust-proxy): "))
    }

    @Test func secretsAreLeftToWeakSecret() {
        #expect(Self.findings("invalid-value", "HEALTH_KEY=changeme\n").isEmpty)
        #expect(!Self.findings("weak-secret", "HEALTH_KEY=changeme\n").isEmpty)
    }

    // MARK: production and development

    @Test func weakSecretDependsOnTheEnvironment() throws {
        let placeholder = try #require(Self.findings("weak-secret", "HEALTH_KEY=changeme\n").first)
        #expect(placeholder.severity == .warning)
        #expect(Self.findings("weak-secret", "HEALTH_KEY=dev-key\n").isEmpty)
        let production = Self.findings("weak-secret", "# environment: production\nHEALTH_KEY=dev-key\n")
        #expect(production.count == 1)  // the first weakness only: too short (it is also too predictable)
        #expect(production.allSatisfy { $0.severity == .error && $0.line == 2 && $0.message.contains("shorter") })
        let changeme = try #require(Self.findings("weak-secret", "# environment: production\nHEALTH_KEY=changeme\n").first)
        #expect(changeme.severity == .error)
    }

    @Test func weakSecretChecksOnlyAURLPasswordAndTheExampleInProduction() {
        let strong = "postgres://app:Zq8vR2mX7kP4wN9tLs3@db.internal:5432/app?sslmode=require"
        #expect(Self.findings("weak-secret", "# environment: production\nDATABASE_URL=\(strong)\n").isEmpty)
        let copied = "# environment: production\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n"
            + "# file: .env.example\nHEALTH_KEY=3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e\n"
        #expect(Self.findings("weak-secret", copied).map(\.message) == ["HEALTH_KEY has the value from .env.example in production"])
        #expect(Self.findings("weak-secret", copied.replacingFirst("production", with: "development")).isEmpty)
    }

    @Test func insecureSettingsOnlyInProduction() throws {
        let text = "NODE_ENV=development\nDATABASE_URL=postgres://app:pw@db.internal/app?sslmode=disable\n"
            + "TRUST_PROXY=100\nHEALTH_KEY=\n"
        #expect(Self.findings("insecure-in-production", text).isEmpty)
        let found = Self.findings("insecure-in-production", "# environment: production\n" + text)
        #expect(found.count == 4)
        let ssl = try #require(found.first { $0.message.contains("sslmode") })
        #expect(ssl.line == 3 && ssl.column == 14 + "postgres://app:pw@db.internal/app?".count)
        #expect(found.contains { $0.message.hasPrefix("NODE_ENV is not production") && $0.line == 2 })
        #expect(found.contains { $0.message.hasPrefix("TRUST_PROXY trusts more than 5") })
        #expect(found.contains { $0.message.hasPrefix("HEALTH_KEY is empty") && $0.line == 5 && $0.column == 1 })
    }

    @Test func loopbackAndComposeHostsInProduction() {
        let loopback = "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@[::1]:5432/app\n"
        #expect(Self.findings("insecure-in-production", loopback).map(\.message) == ["DATABASE_URL points at a loopback host in production"])
        let compose = "# environment: production\nNODE_ENV=production\nDATABASE_URL=postgres://app:pw@postgres/app\n"
            + "# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n"
        #expect(Self.findings("insecure-in-production", compose).isEmpty)
        #expect(!Self.findings("insecure-in-production", compose.replacingFirst("@postgres/", with: "@postgres.example.com/")).isEmpty)
    }

    @Test func processEnvironmentWinsAndIsReportedAtTheDeclaration() throws {
        let found = Self.findings("insecure-in-production", env: "NODE_ENV=production\n",
                                  process: ["NODE_ENV": "development"], environment: "production")
        let finding = try #require(found.first)
        #expect(finding.path == "schemas/app.yaml")
        #expect(finding.line == 2 && finding.column == 3)
    }

    @Test func missingRequiredNamesTheLayersAndTheDefault() throws {
        let found = Self.findings("missing-required", "# environment: production\nNODE_ENV=production\n")
        #expect(Set(found.map(\.message)) == [
            "Required variable DATABASE_URL is not set for environment production",
            "Required variable HEALTH_KEY is not set for environment production",
            "Required variable IDEMPOTENCY_MAX is not set for environment production",
        ])
        let max = try #require(found.first { $0.message.contains("IDEMPOTENCY_MAX") })
        #expect(max.path == "schemas/example.yaml" && max.line == 18 && max.column == 3)
        let help = try #require(max.help)
        #expect(help.contains(".env, .env.local, .env.production or .env.production.local"))
        #expect(help.contains("(200)"))
        #expect(Self.findings("missing-required", "NODE_ENV=development\nDATABASE_URL=postgres://a@b/c\nIDEMPOTENCY_MAX=1\n").isEmpty)
        let empty = Self.findings("missing-required", "NODE_ENV=\nDATABASE_URL=postgres://a@b/c\nIDEMPOTENCY_MAX=1\n")
        #expect(empty.map(\.message) == ["Required variable NODE_ENV is empty for environment development"])
    }

    // MARK: aliases

    @Test func aliasesCompareTypedValues() throws {
        #expect(Self.findings("alias-disagreement", "IDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=0200\n").isEmpty)
        let found = Self.findings("alias-disagreement", "IDEMPOTENCY_MAX=200\nVITE_IDEMPOTENCY_MAX=100\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.line == 2 && finding.column == 22)
        #expect(finding.message == "Alias VITE_IDEMPOTENCY_MAX is set to a different integer than IDEMPOTENCY_MAX")
        #expect(finding.help?.contains(".env line 1") == true)
    }

    @Test func aliasesAreParsedDeclaredAndDoNotSatisfyRequired() throws {
        let text = "NODE_ENV=development\nDATABASE_URL=postgres://a@b/c\nVITE_IDEMPOTENCY_MAX=0\n"
        let invalid = try #require(Self.findings("invalid-value", text).first)
        #expect(invalid.line == 3 && invalid.message.hasPrefix("VITE_IDEMPOTENCY_MAX is not a valid integer: "))
        #expect(Self.findings("undeclared-variable", text).isEmpty)
        let missing = try #require(Self.findings("missing-required", text).first)
        #expect(missing.help?.contains("its alias VITE_IDEMPOTENCY_MAX is set") == true)
    }

    // MARK: names and files

    @Test func undeclaredVariableSuggestsAndSkipsCompose() throws {
        let found = Self.findings("undeclared-variable", "COMPOSE_PROFILES=dev\nDATABSE_URL=x\nDATABSE_URL=y\n")
        let finding = try #require(found.first)
        #expect(found.count == 1 && finding.line == 2 && finding.column == 1)
        #expect(finding.help?.hasPrefix("Did you mean DATABASE_URL?") == true)
        #expect(Self.findings("undeclared-variable", "ANYTHING=1\n", schema: "variables: {}\n").isEmpty)
    }

    @Test func exampleFileRules() {
        let example = "# file: .env.example\nNODE_ENV=development\nDATABASE_URL=\nHEALTH_KEY=\nIDEMPOTENCY_TTL=24h\n"
            + "VITE_IDEMPOTENCY_MAX=200\nTRUST_PROXY=loopback\nREDIS_URL=\n"
        #expect(Self.findings("missing-in-example", example).isEmpty)
        #expect(Self.findings("missing-from-env", env: nil, example: "REDIS_URL=\n", environment: "development").isEmpty)
        #expect(!Self.findings("missing-from-env", env: "", example: "REDIS_URL=\n", environment: "development").isEmpty)
        #expect(Self.findings("missing-from-env", env: "", example: "REDIS_URL=\n", process: ["REDIS_URL": ""],
                              environment: "development").isEmpty)
        let withEnv = Self.findings("missing-from-env", "NODE_ENV=development\n" + example)
        #expect(withEnv.contains { $0.message.hasPrefix("Variable REDIS_URL is listed in .env.example") && $0.line == 7 })
        #expect(!withEnv.contains { $0.message.contains("NODE_ENV") })
        let missing = Self.findings("missing-in-example", "# file: .env.example\nNODE_ENV=development\n")
        #expect(missing.contains { $0.message == "Variable TRUST_PROXY is declared in the schema but missing from .env.example" })
        #expect(!missing.contains { $0.message.contains("PG_CONNECTION") })
    }

    @Test func deprecatedVariableNamesItsReplacement() throws {
        let finding = try #require(Self.findings("deprecated-variable", "PG_CONNECTION=postgres://a@b/c\n").first)
        #expect(finding.message == "Variable PG_CONNECTION is deprecated: use DATABASE_URL instead")
        #expect(finding.line == 1 && finding.column == 1)
        #expect(finding.help == "Move the value to DATABASE_URL and remove PG_CONNECTION")
    }

    // MARK: service-mismatch

    @Test func serviceMismatchChecksPortsAndNames() {
        let compose = "# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n    ports: ['127.0.0.1:5433:5432']\n"
        #expect(Self.findings("service-mismatch", "DATABASE_URL=postgres://a@localhost:5433/c\n" + compose).isEmpty)
        #expect(Self.findings("service-mismatch", "DATABASE_URL=postgres://a@postgres/c\n" + compose).isEmpty)
        let wrongPort = Self.findings("service-mismatch", "DATABASE_URL=postgres://a@localhost/c\n" + compose)
        #expect(wrongPort.map(\.message) == ["DATABASE_URL points at localhost on a port service postgres does not publish"])
        #expect(wrongPort.first?.help == "Service postgres publishes 5433 on the host")
        let inside = Self.findings("service-mismatch", "DATABASE_URL=postgres://a@postgres:5433/c\n" + compose)
        #expect(inside.map(\.message) == ["DATABASE_URL points at a port service postgres does not listen on inside compose"])
        let unknown = Self.findings("service-mismatch", "DATABASE_URL=postgres://a@db/c\n# file: compose.yml\nservices:\n  db:\n    image: postgres:16\n")
        #expect(unknown.map(\.message) == ["Variable DATABASE_URL names service postgres, which the compose project does not define"])
        #expect(Self.findings("service-mismatch", "DATABASE_URL=postgres://a@db/c\n").isEmpty)
    }

    // MARK: values never in messages

    @Test func noMessageContainsAValue() {
        let secrets = ["hunter2hunter2", "p@ss", "Zq8vR2mX7kP4wN9tLs3", "s3cr3t-example", "changeme", "db.internal", "0200", "5433"]
        let texts = [
            "NODE_ENV=staging-hunter2hunter2\nDATABASE_URL=postgres://app:p@ss@db.internal:5433/app\nHEALTH_KEY=changeme\n"
                + "IDEMPOTENCY_MAX=0200\nVITE_IDEMPOTENCY_MAX=hunter2hunter2\nTRUST_PROXY=hunter2hunter2\n"
                + "PG_CONNECTION=postgres://x:hunter2hunter2@db.internal/app\nUNKNOWN=hunter2hunter2\n",
            "# environment: production\nNODE_ENV=hunter2hunter2\nHEALTH_KEY=s3cr3t-example\n"
                + "DATABASE_URL=postgres://app:Zq8vR2mX7kP4wN9tLs3@db.internal:5433/app?sslmode=prefer\n"
                + "IDEMPOTENCY_MAX=0200\nVITE_IDEMPOTENCY_MAX=300\nTRUST_PROXY=0.0.0.0/1\n"
                + "# file: .env.example\nHEALTH_KEY=s3cr3t-example\nEXTRA=hunter2hunter2\n"
                + "# file: compose.yml\nservices:\n  postgres:\n    image: postgres:16\n    ports: ['5432:5432']\n",
        ]
        for text in texts {
            let found = Self.findings(text)
            #expect(found.count >= 6)
            for finding in found {
                for secret in secrets {
                    #expect(!finding.message.contains(secret), "\(finding.ruleID): \(finding.message)")
                    #expect(!(finding.help ?? "").contains(secret), "\(finding.ruleID) help: \(finding.help ?? "")")
                }
            }
        }
    }
}

extension String {
    /// The text with its first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
