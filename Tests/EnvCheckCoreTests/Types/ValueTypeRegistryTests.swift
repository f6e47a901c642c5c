@testable import EnvCheckCore
import Testing

struct ValueTypeRegistryTests {
    @Test func listsSixteenTypes() {
        #expect(ValueTypeRegistry.all.count == 16)
    }

    @Test func namesAreUniqueAndFound() {
        let names = ValueTypeRegistry.all.map { $0.name }
        #expect(Set(names).count == names.count)
        for name in names { #expect(ValueTypeRegistry.type(named: name)?.name == name) }
    }

    @Test(arguments: [
        "string", "integer", "number", "boolean", "enum", "duration", "port", "host", "email", "url", "postgres-url",
        "redis-url", "ip", "cidr", "trust-proxy", "secret",
    ])
    func knows(name: String) {
        #expect(ValueTypeRegistry.type(named: name) != nil)
    }

    @Test func unknownNameIsNil() {
        #expect(ValueTypeRegistry.type(named: "Duration") == nil)
        #expect(ValueTypeRegistry.type(named: "uuid") == nil)
    }

    @Test func everyTypeBuildsWithoutOptionsUnlessOneIsRequired() {
        for type in ValueTypeRegistry.all where type != EnumType.self {
            #expect(throws: Never.self) { _ = try type.init(options: TypeOptions()) }
        }
    }
}
