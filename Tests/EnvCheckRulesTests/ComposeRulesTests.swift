import EnvCheckCore
import EnvCheckRules
import Foundation
import Testing

/// The compose rules beyond their documented examples: exact places, several files (`-f a -f b`),
/// profiles, env files on disk, and messages that never contain a value.
@Suite("ComposeRules")
struct ComposeRulesTests {
    static func project(_ texts: [(String, String)], environment: [String: String] = [:]) -> ComposeProject {
        ComposeLoader.load(sources: texts.map { SourceFile(path: $0.0, text: $0.1) },
                           environment: ProcessEnvironment(environment))
    }

    static func project(_ text: String, environment: [String: String] = [:]) -> ComposeProject {
        project([("compose.yml", text)], environment: environment)
    }

    /// Every finding of every built-in rule, after the engine.
    static func findings(_ project: ComposeProject) -> [Diagnostic] {
        LintEngine(rules: BuiltinRules.all).lint(project)
    }

    static func findings(_ id: String, _ project: ComposeProject) -> [Diagnostic] {
        findings(project).filter { $0.ruleID == id }
    }

    /// A project folder on disk (for env files), removed by the caller.
    static func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "envcheck-compose-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    static func load(folder: String, environment: [String: String] = [:]) throws -> ComposeProject {
        try ComposeLoader.load(files: [folder + "/compose.yml"], projectDirectory: folder,
                               environment: ProcessEnvironment(environment))
    }

    // MARK: places

    @Test func yamlProblemsAreReportedWhereLibYAMLFoundThem() {
        let found = Self.findings("invalid-yaml", Self.project("services:\n  web:\n\timage: nginx\n"))
        #expect(found.count == 1)
        #expect(found.first.map { [$0.line, $0.column] } == [3, 1])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test func duplicateYAMLKeyNamesTheFirstDefinitionAndIsAnError() {
        let found = Self.findings("duplicate-key", Self.project("services:\n  app:\n    image: busybox\n    image: alpine\n"))
        #expect(found.map(\.message) == ["Key image is already defined on line 3 of this mapping; compose refuses the file"])
        #expect(found.map { [$0.line, $0.column] } == [[4, 5]])
        #expect(found.first?.severity == .error)
        let services = Self.findings("duplicate-key", Self.project("services:\n  app:\n    image: a\n  app:\n    image: b\n"))
        #expect(services.map(\.message) == ["Key app is already defined on line 2 of this mapping; compose refuses the file"])
    }

    @Test func extensionChecksAreDispatchedThroughTheExistential() throws {
        let project = Self.project("services:\n  web:\n    image: nginx\n    image: nginx\n    environment:\n      A: ${UNSET}\n"
                                   + "      B: ${REQ:?set REQ}\n      C: ${}\n")
        for id in ["duplicate-key", "undefined-variable", "required-variable", "invalid-interpolation"] {
            let rule: any Rule = try #require(BuiltinRules.rule(id))
            #expect(!rule.check(project).isEmpty, "\(id) does not check compose projects")
            #expect(rule.description.subject == .dotenv, "\(id) keeps its .env examples")
        }
    }

    @Test func interpolationFindingsPointAtTheDollar() {
        let project = Self.project("services:\n  web:\n    image: \"nginx:${TAG}\"\n    environment:\n"
                                   + "      URL: ${DATABASE_URL:?set it}\n      BAD: x${1}\n")
        let undefined = Self.findings("undefined-variable", project)
        #expect(undefined.map { [$0.line, $0.column] } == [[3, 19]])
        #expect(undefined.map(\.message) == ["Variable TAG in services.web.image is not set"])
        let required = Self.findings("required-variable", project)
        #expect(required.map { [$0.line, $0.column] } == [[5, 12]])
        #expect(required.map(\.message) == ["Required variable DATABASE_URL is not set (in services.web.environment.URL)"])
        let invalid = Self.findings("invalid-interpolation", project)
        #expect(invalid.map { [$0.line, $0.column] } == [[6, 13]])
        #expect(Self.findings("required-variable", Self.project(
            "services:\n  web:\n    image: nginx\n    environment:\n      URL: ${DB:?set}\n", environment: ["DB": ""]))
            .map(\.message) == ["Required variable DB is empty (in services.web.environment.URL)"])
    }

    @Test func portFindingsPointAtTheEntry() {
        let project = Self.project("services:\n  web:\n    image: nginx\n    ports:\n      - \"8080:80\"\n"
                                   + "      - \"${ADMIN_PORT}:81\"\n  api:\n    image: node\n    ports:\n      - 8080:3000\n")
        let duplicate = Self.findings("duplicate-host-port", project)
        #expect(duplicate.map { [$0.line, $0.column] } == [[10, 9]])
        #expect(duplicate.map(\.message) == ["Host port 8080/tcp of service api is already published by service web on line 5"])
        let variable = Self.findings("port-variable-undefined", project)
        #expect(variable.map { [$0.line, $0.column] } == [[6, 9]])
        #expect(variable.map(\.message) == ["Port of service web uses ADMIN_PORT, which is not set"])
        #expect(Self.findings("undefined-variable", project).isEmpty, "port variables are reported once, as errors")
        #expect(Self.findings("invalid-port", project).isEmpty)
    }

    // MARK: several files

    @Test func findingsAcrossFilesNameTheOtherFile() {
        let base = "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    volumes: [data:/data]\n"
        let override = "services:\n  admin:\n    image: adminer\n    ports:\n      - \"8080:8080\"\n"
            + "    depends_on: [web]\n    image: adminer\nvolumes:\n  data:\n"
        let project = Self.project([("compose.yml", base), ("compose.override.yml", override)])
        let duplicate = Self.findings("duplicate-host-port", project)
        #expect(duplicate.map(\.path) == ["compose.override.yml"])
        #expect(duplicate.map(\.line) == [5])
        #expect(duplicate.map(\.message) == ["Host port 8080/tcp of service admin is already published by service web "
                                            + "on line 4 of compose.yml"])
        #expect(Self.findings("duplicate-key", project).map { "\($0.path):\($0.line)" } == ["compose.override.yml:7"])
        #expect(Self.findings("undeclared-resource", project).isEmpty, "the volume is declared in the second file")
        #expect(Self.findings("unknown-service-dependency", project).isEmpty)
    }

    @Test func anOverrideRepeatingAPortDoesNotCollideWithItself() {
        let base = "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n"
        let override = "services:\n  web:\n    ports: [\"8080:80\", \"9090:90\"]\n"
        #expect(Self.findings("duplicate-host-port", Self.project([("a.yml", base), ("b.yml", override)])).isEmpty)
        #expect(Self.findings("duplicate-host-port", Self.project("services:\n  web:\n    image: nginx\n"
                                                                 + "    ports: [\"8080:80\", \"8080:80\"]\n")).isEmpty)
    }

    @Test(arguments: [
        ("8080:80", "127.0.0.1:8080:80", true),
        ("127.0.0.1:8080:80", "127.0.0.2:8080:80", false),
        ("0.0.0.0:8080:80", "127.0.0.1:8080:80", true),
        ("0.0.0.0:8080:80", "[::]:8080:80", false),
        ("[::]:8080:80", "[::1]:8080:80", true),
        ("8080:80", "[::1]:8080:80", true),
        ("[::ffff:127.0.0.1]:8080:80", "127.0.0.1:8080:80", true),
        ("8080:80/udp", "8080:80", false),
        ("8000-8005:8000-8005", "8005:9000", true),
        ("8000-8005:8000-8005", "8006:9000", false),
        ("8000-8005:80", "8003:9000", false),
        ("0:80", "0:81", false),
        ("80", "80", false),
    ])
    func hostPortsCollide(first: String, second: String, collide: Bool) {
        let text = "services:\n  a:\n    image: x\n    ports: [\"\(first)\"]\n  b:\n    image: x\n    ports: [\"\(second)\"]\n"
        #expect(Self.findings("duplicate-host-port", Self.project(text)).count == (collide ? 1 : 0))
    }

    @Test func portRangesNameTheSharedPorts() {
        let text = "services:\n  a:\n    image: x\n    ports: [\"8000-8005:8000-8005\"]\n  b:\n    image: x\n"
            + "    ports: [\"8004-8009:8004-8009\"]\n"
        #expect(Self.findings("duplicate-host-port", Self.project(text)).map(\.message)
                == ["Host ports 8004-8005/tcp of service b are already published by service a on line 4"])
    }

    // MARK: profiles

    static let optionalRedis = "services:\n  api:\n    image: node:20\n  redis:\n    image: redis:7\n"
        + "    profiles: [cache]\n    ports: [\"6379:6379\"]\n    networks: [cache]\n"

    @Test func anOptionalRedisThatNothingRequiresRaisesNothing() {
        #expect(Self.findings(Self.project(Self.optionalRedis + "networks:\n  cache:\n")).isEmpty)
        #expect(Self.findings(Self.project(Self.optionalRedis + "networks:\n  cache:\n",
                                           environment: ["COMPOSE_PROFILES": "cache"])).isEmpty)
    }

    @Test func dependingOnTheOptionalRedisIsAnErrorOnlyWhenItIsOff() {
        let text = Self.optionalRedis.replacingOccurrences(of: "node:20\n", with: "node:20\n    depends_on: [redis]\n")
            + "networks:\n  cache:\n"
        let off = Self.findings("profile-dependency", Self.project(text))
        #expect(off.map(\.severity) == [.error])
        #expect(off.map { [$0.line, $0.column] } == [[4, 18]])
        #expect(off.map(\.message) == ["Service api depends on redis, which only runs with profile cache; "
                                      + "compose refuses the project with the active profiles"])
        let on = Self.findings("profile-dependency", Self.project(text, environment: ["COMPOSE_PROFILES": "cache"]))
        #expect(on.map(\.severity) == [.warning])
        #expect(on.map(\.message) == ["Service api depends on redis, which only runs with profile cache; "
                                     + "compose refuses the project without it"])
        let optional = text.replacingOccurrences(
            of: "depends_on: [redis]\n", with: "depends_on:\n      redis:\n        condition: service_started\n        required: false\n")
        #expect(Self.findings(Self.project(optional)).isEmpty)
    }

    @Test func servicesBehindAnInactiveProfileGetWarnings() {
        let text = "services:\n  debug:\n    image: busybox\n    profiles: [debug]\n    depends_on: [tracer]\n"
            + "    networks: [tools]\n    env_file: ./debug-only.env\n    ports: [\"${DEBUG_PORT}:9229\"]\n"
        let ids = ["unknown-service-dependency", "undeclared-resource", "missing-env-file", "port-variable-undefined"]
        let inactive = Self.findings(Self.project(text)).filter { ids.contains($0.ruleID) }
        #expect(Set(inactive.map(\.ruleID)) == Set(ids))
        #expect(inactive.allSatisfy { $0.severity == .warning && $0.message.hasSuffix(" (under profile debug)") })
        let active = Self.findings(Self.project(text, environment: ["COMPOSE_PROFILES": "debug"])).filter { ids.contains($0.ruleID) }
        #expect(active.count == 4)
        #expect(active.allSatisfy { $0.severity == .error && !$0.message.contains("profile") })
    }

    // MARK: the repository's own compose file

    static let repositoryShape = """
        name: envcheck-reference
        services:
          postgres:
            image: postgres:16-alpine
            environment:
              POSTGRES_USER: postgres
              POSTGRES_PASSWORD: postgres
              POSTGRES_DB: app
            ports:
              - "127.0.0.1:5432:5432"
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U postgres -d app"]
              interval: 5s
            volumes:
              - pgdata:/var/lib/postgresql/data
          redis:
            image: redis:7-alpine
            profiles: [cache]
            ports:
              - "127.0.0.1:6379:6379"
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
          adminer:
            image: adminer:4
            ports:
              - "127.0.0.1:8080:8080"
            depends_on:
              postgres:
                condition: service_healthy
        volumes:
          pgdata:

        """

    @Test(arguments: ["", "cache"])
    func theRepositoryComposeFileShapeRaisesNothing(profiles: String) {
        let found = Self.findings(Self.project(Self.repositoryShape, environment: ["COMPOSE_PROFILES": profiles]))
        #expect(found.isEmpty, "\(found.map { "\($0.line): \($0.ruleID) \($0.message)" })")
    }

    @Test func theRepositoryComposeFileOnDiskRaisesNothing() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: root + "/docker-compose.yml") else { return }
        let project = try ComposeLoader.load(files: [root + "/docker-compose.yml"], projectDirectory: root,
                                             environment: ProcessEnvironment())
        let found = Self.findings(project)
        #expect(found.isEmpty, "\(found.map { "\($0.line): \($0.ruleID) \($0.message)" })")
    }

    // MARK: env files on disk

    @Test func shadowedEnvFileValuesAreReportedWithoutValues() throws {
        let folder = try Self.folder([
            "compose.yml": "services:\n  api:\n    image: node:20\n    env_file: [common.env, local.env]\n"
                + "    environment:\n      - API_TOKEN=tok-from-compose\n      - SAME=same-value\n      - LEVEL\n"
                + "      - FROM_SHELL\n",
            "common.env": "API_TOKEN=tok-from-common\nSAME=same-value\nLEVEL=debug\n",
            "local.env": "API_TOKEN=tok-from-local\nFROM_SHELL=file-value\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = Self.findings("environment-shadowed", try Self.load(folder: folder, environment: ["FROM_SHELL": "shell-value"]))
        #expect(found.map(\.line) == [6, 8, 9])
        #expect(found.first?.message == "Variable API_TOKEN of service api is set in environment and, to another value, in "
            + "env_file \(folder)/local.env on line 1; the environment value wins")
        #expect(found.dropFirst().first?.message.contains("listed without a value in environment and is not set") == true)
        let values = ["tok-from", "same-value", "shell-value", "file-value", "debug"]
        for text in found.flatMap({ [$0.message, $0.help ?? ""] }) {
            #expect(!values.contains(where: text.contains), "\(text)")
        }
    }

    @Test func rawEnvFilesAreReadLiterally() throws {
        let folder = try Self.folder([
            "compose.yml": "services:\n  api:\n    image: node:20\n    env_file:\n      - path: raw.env\n        format: raw\n"
                + "    environment:\n      QUOTED: '\"x\"'\n      PLAIN: y\n",
            "raw.env": "QUOTED=\"x\"\nPLAIN=z\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = Self.findings("environment-shadowed", try Self.load(folder: folder))
        #expect(found.map(\.line) == [9])
    }

    @Test func undeclaredVariablesAreThoseNoDotenvFileOfTheProjectDeclares() throws {
        let folder = try Self.folder([
            "compose.yml": "services:\n  api:\n    image: api:${TAG}\n    environment:\n      A: ${DECLARED_IN_EXAMPLE}\n"
                + "      B: ${DECLARED_IN_LOCAL}\n      C: ${ONLY_IN_SHELL}\n      D: ${ONLY_IN_SHELL}\n"
                + "      E: ${COMPOSE_PROJECT_NAME}\n      F: ${OPTIONAL:-x}\n      G: ${NOT_IN_ENVRC}\n",
            ".env.example": "DECLARED_IN_EXAMPLE=\nTAG=latest\n",
            ".env.local": "DECLARED_IN_LOCAL=1\n",
            ".envrc": "export NOT_IN_ENVRC=1\n",
            "app.env": "ONLY_IN_SHELL=1\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = Self.findings("undeclared-variable-use", try Self.load(folder: folder, environment: ["ONLY_IN_SHELL": "1"]))
        #expect(found.map(\.line) == [7, 11])
        #expect(found.first?.message
                == "Variable ONLY_IN_SHELL is not declared in any .env file of the project; compose takes it from the shell")
        #expect(found.first.map { [$0.line, $0.column] } == [7, 10])
    }

    // MARK: healthchecks, ports, no values

    @Test func aDisabledHealthcheckIsAnErrorAMissingOneAWarning() {
        let base = "services:\n  api:\n    image: node:20\n    depends_on:\n      db:\n        condition: service_healthy\n"
            + "  db:\n    image: postgres:16\n"
        #expect(Self.findings("healthy-dependency-without-healthcheck", Self.project(base)).map(\.severity) == [.warning])
        let disabled = base + "    healthcheck:\n      test: [\"NONE\"]\n"
        #expect(Self.findings("healthy-dependency-without-healthcheck", Self.project(disabled)).map(\.severity) == [.error])
        let extended = base + "    extends:\n      service: base\n  base:\n    image: postgres:16\n"
            + "    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"
        #expect(Self.findings("healthy-dependency-without-healthcheck", Self.project(extended)).isEmpty)
    }

    @Test func anInvalidPortFromAVariableDoesNotEchoTheValue() {
        let project = Self.project("services:\n  web:\n    image: nginx\n    ports: [\"${WEB_PORT}:80\"]\n",
                                   environment: ["WEB_PORT": "hunter2"])
        let found = Self.findings("invalid-port", project)
        #expect(found.map(\.message) == ["Port of service web is invalid once WEB_PORT is substituted"])
        let help = found.first?.help ?? ""
        #expect(!help.contains("hunter2"))
    }

    @Test func noMessageOrHelpContainsAValue() {
        let secret = "Sup3r-s3cret"
        let texts = [
            "services:\n  web:\n    image: nginx\n    ports: [\"${P}:80\"]\n    environment:\n      X: ${TOKEN:?need}\n"
                + "      Y: ${P}\n    depends_on: [db]\n    networks: [n]\n",
            "services:\n  web:\n    image: nginx\n    ports: [\"${BIND}:8080:80\", \"8080:80\", \"${BIND}:99999:80\"]\n",
            "services:\n  web:\n    image: \"${BIND}\"\n    image: \"${BIND}\"\n    environment: *${BIND}\n",
        ]
        for text in texts {
            let found = Self.findings(Self.project(text, environment: ["P": secret, "TOKEN": "", "BIND": secret]))
            #expect(!found.isEmpty)
            for diagnostic in found {
                #expect(!diagnostic.message.contains(secret) && !(diagnostic.help ?? "").contains(secret), "\(diagnostic.message)")
            }
        }
    }
}
