import EnvCheckCore
import Foundation
import Testing

/// `schemas/envcheck-schema.json` (the JSON Schema editors use for schema files) cannot drift from
/// the code: its type names are `ValueTypeRegistry.all`'s, each type's options are exactly its
/// `optionKeys`, and the common keys are exactly `SchemaLoader.commonKeys`. Real files are checked
/// against it with `scripts/check-schema-json.py`.
struct SchemaFormatTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas/envcheck-schema.json")
    static let commonReference = "#/$defs/common/properties/"

    func load() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.url)) as? [String: Any])
    }

    func object(_ value: Any?, _ path: String...) throws -> [String: Any] {
        var current = value
        for key in path { current = (current as? [String: Any])?[key] }
        return try #require(current as? [String: Any], "no object at \(path.joined(separator: "/"))")
    }

    @Test func declaresDraft2020AndReferencesTheVariableDefinition() throws {
        let schema = try load()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let names = try object(schema, "properties", "variables", "patternProperties")
        #expect(names.values.compactMap { ($0 as? [String: Any])?["$ref"] as? String } == ["#/$defs/variable"])
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    @Test func typeNamesAreTheRegistrys() throws {
        let common = try object(load(), "$defs", "common", "properties")
        let names = try #require(try object(common, "type")["enum"] as? [String])
        #expect(names == ValueTypeRegistry.all.map { $0.name })
    }

    @Test func commonKeysAreTheLoaders() throws {
        let schema = try load()
        #expect(Set(try object(schema, "$defs", "common", "properties").keys) == SchemaLoader.commonKeys)
        let properties = try object(schema, "$defs", "variable", "properties")
        #expect(Set(properties.keys) == SchemaLoader.commonKeys)
        for (key, value) in properties {
            #expect((value as? [String: Any])?["$ref"] as? String == Self.commonReference + key)
        }
    }

    /// Per type, one `if type == name then` branch lists exactly the common keys (by reference)
    /// and the type's options (inline), and allows nothing else.
    @Test func eachTypeAllowsExactlyItsOptions() throws {
        let branches = try #require(try object(load(), "$defs", "variable")["allOf"] as? [[String: Any]])
        var seen: [String] = []
        for branch in branches {
            let name = try #require(try object(branch, "if", "properties", "type")["const"] as? String)
            seen.append(name)
            let kind = try #require(ValueTypeRegistry.type(named: name), "unknown type \(name)")
            let then = try object(branch, "then")
            #expect(then["additionalProperties"] as? Bool == false, "\(name)")
            let properties = try object(then, "properties")
            let common = properties.filter { key, value in
                (value as? [String: Any])?["$ref"] as? String == Self.commonReference + key
            }
            #expect(Set(common.keys) == SchemaLoader.commonKeys.subtracting(kind.optionKeys), "\(name): common keys")
            #expect(Set(properties.keys).subtracting(common.keys) == kind.optionKeys, "\(name): option keys")
        }
        #expect(seen == ValueTypeRegistry.all.map { $0.name })
    }
}
