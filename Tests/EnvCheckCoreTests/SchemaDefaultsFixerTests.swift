@testable import EnvCheckCore
import Testing

struct SchemaDefaultsFixerTests {
    static let schemaText = """
    variables:
      NODE_ENV:
        type: enum
        values: [development, production]
        default: development
      API_TOKEN:
        type: secret
        secret: true
        required: true
        description: Token for the API
      PORT:
        type: port
        default: "3000"
        defaults:
          production: "8080"
        description: Port
    """

    static func fixed(_ env: String, environment: String) -> (String, [SchemaDefaultsFixer.Addition]) {
        let (schema, problems) = SchemaLoader.load(sources: [SourceFile(path: "schemas/s.yaml", text: schemaText)],
                                                   typeNamed: ValueTypeRegistry.type(named:))
        #expect(problems.isEmpty)
        let file = EnvFile(text: env)
        let layers = EnvironmentLayers(files: [file], environment: environment, process: ProcessEnvironment())
        let context = SchemaContext(schema: schema, layers: layers, process: ProcessEnvironment(), example: nil, compose: nil)
        let additions = SchemaDefaultsFixer.additions(for: file, context: context)
        let bytes = TextEdit.apply(additions.map(\.edit), to: file.source.bytes)
        return (String(decoding: bytes, as: UTF8.self), additions)
    }

    @Test func addsDefaultsInSchemaOrderWithDescriptions() {
        let (text, additions) = Self.fixed("NODE_ENV=development\nAPI_TOKEN=abc\n", environment: "development")
        #expect(text == "NODE_ENV=development\nAPI_TOKEN=abc\n# Port\nPORT=3000\n")
        #expect(additions.map(\.name) == ["PORT"])
    }

    @Test func perEnvironmentDefaultWins() {
        let (text, _) = Self.fixed("NODE_ENV=production\nAPI_TOKEN=abc\n", environment: "production")
        #expect(text.hasSuffix("PORT=8080\n"))
    }

    @Test func generatesAMissingSecretOnlyOutsideProduction() throws {
        let (development, additions) = Self.fixed("NODE_ENV=development\n", environment: "development")
        let generated = try #require(additions.first { $0.name == "API_TOKEN" })
        #expect(generated.isGenerated)
        let line = try #require(development.split(separator: "\n").first { $0.hasPrefix("API_TOKEN=") })
        #expect(line.count == "API_TOKEN=".count + 43)
        let (production, productionAdditions) = Self.fixed("NODE_ENV=production\n", environment: "production")
        #expect(!production.contains("API_TOKEN="))
        #expect(!productionAdditions.contains { $0.name == "API_TOKEN" })
    }

    @Test func keepsCRLFAndIsIdempotent() {
        let (once, _) = Self.fixed("NODE_ENV=development\r\nAPI_TOKEN=abc\r\n", environment: "development")
        #expect(once == "NODE_ENV=development\r\nAPI_TOKEN=abc\r\n# Port\r\nPORT=3000\r\n")
        let (twice, additions) = Self.fixed(once, environment: "development")
        #expect(twice == once)
        #expect(additions.isEmpty)
    }

    @Test func neverTouchesExistingValues() {
        let env = "PORT=9999 # mine\nNODE_ENV=development\nAPI_TOKEN=abc"
        let (text, _) = Self.fixed(env, environment: "development")
        #expect(text == env)
    }
}
