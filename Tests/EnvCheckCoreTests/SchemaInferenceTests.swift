@testable import EnvCheckCore
import Testing

struct SchemaInferenceTests {
    @Test(arguments: [
        ("DATABASE_URL", "postgres://u:p@db/app", "postgres-url"), ("REDIS_URL", "redis://r:6379", "redis-url"),
        ("API_URL", "https://api", "url"), ("API_TOKEN", "abc", "secret"), ("DEBUG", "true", "boolean"),
        ("PORT", "3000", "port"), ("WORKERS", "4", "integer"), ("TTL", "15m", "duration"),
        ("TRUST_PROXY", "loopback", "trust-proxy"), ("BIND", "10.0.0.1", "ip"), ("NET", "10.0.0.0/8", "cidr"),
        ("DB_HOST", "db", "host"), ("ADMIN", "a@example.org", "email"), ("NAME", "app", "string"),
    ])
    func guessesATypeFromTheValueAndTheName(name: String, value: String, type: String) {
        let secret = SecretPolicy.isSecretKey(name) || SecretPolicy.maskURLPassword(value) != value
        #expect(SchemaInference.guessType(name: name, value: value, secret: secret) == type)
    }

    @Test func theInferredSchemaLoadsAndNeverHoldsASecretValue() {
        let file = EnvFile(text: "# Port to listen on\nPORT=3000\nDB_PASSWORD=hunter2\nDATABASE_URL=postgres://u:pw@db/app\n")
        let text = SchemaInference.schemaText(from: file)
        #expect(!text.contains("hunter2"))
        #expect(!text.contains("pw@"))
        let (schema, problems) = SchemaLoader.load(sources: [SourceFile(path: "schemas/app.env.yaml", text: text)],
                                                   typeNamed: ValueTypeRegistry.type(named:))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(schema.variables.map(\.name) == ["PORT", "DB_PASSWORD", "DATABASE_URL"])
        #expect(schema.variable("PORT")?.description == "Port to listen on")
        #expect(schema.variable("DB_PASSWORD")?.isSecret == true)
    }
}
