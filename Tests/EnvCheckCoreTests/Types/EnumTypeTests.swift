@testable import EnvCheckCore
import Testing

struct EnumTypeTests {
    private static let environments = ["development", "production", "test"]
    private static let levels = ["debug", "info", "warn", "error"]

    private static func type(_ values: [String], caseSensitive: Bool? = nil) throws -> EnumType {
        var scalars: [String: String] = [:]
        if let caseSensitive { scalars["caseSensitive"] = String(caseSensitive) }
        return try EnumType(options: TypeOptions(scalars: scalars, lists: ["values": values]))
    }

    @Test(arguments: [
        (environments, nil, "development", "development"), (environments, nil, "production", "production"),
        (environments, nil, "test", "test"), (environments, false, "PRODUCTION", "production"),
        (environments, false, "Test", "test"), (environments, false, "DeVeLoPmEnT", "development"),
        (levels, nil, "debug", "debug"), (levels, nil, "info", "info"), (levels, nil, "warn", "warn"),
        (levels, nil, "error", "error"), (["1", "2"], nil, "1", "1"), (["only"], nil, "only", "only"),
        (["a b"], nil, "a b", "a b"), (["Mixed"], true, "Mixed", "Mixed"), (["Mixed"], false, "mixed", "Mixed"),
    ] as [([String], Bool?, String, String)])
    func valid(values: [String], caseSensitive: Bool?, text: String, expected: String) throws {
        #expect(try Self.type(values, caseSensitive: caseSensitive).parse(text) == .valid(.string(expected)))
    }

    @Test(arguments: [
        (environments, nil, "prod", "Expected one of development, production or test", 0),
        (environments, nil, "Production", "did you mean production (letter case differs)", 0),
        (environments, nil, "TEST", "did you mean test (letter case differs)", 0),
        (environments, nil, "producton", "did you mean production", 7),
        (environments, nil, "tset", "did you mean test", 1),
        (environments, nil, "developement", "did you mean development", 7),
        (environments, nil, "", "Expected one of development, production or test", nil),
        (environments, nil, " test", "did you mean test", 0),
        (environments, nil, "test ", "did you mean test", 4),
        (environments, nil, "staging", "Expected one of development, production or test", 0),
        (environments, nil, "testing", "Expected one of", 0),
        (environments, nil, "productionn", "did you mean production", 10),
        (environments, false, "PRODUTION", "did you mean production", 5),
        (levels, nil, "eror", "did you mean error", 2),
        (levels, nil, "warning", "Expected one of debug, info, warn or error", 0),
        (levels, nil, "Debug", "letter case differs", 0),
    ] as [([String], Bool?, String, String, Int?)])
    func invalid(values: [String], caseSensitive: Bool?, text: String, message: String, offset: Int?) throws {
        let result = try Self.type(values, caseSensitive: caseSensitive).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains(message) == true, "\(result.problems)")
        #expect(result.problems.first?.offset == offset)
    }

    @Test func noSuggestionDoesNotSayDidYouMean() throws {
        let result = try Self.type(Self.environments).parse("staging")
        #expect(result.problems.first?.message.contains("did you mean") == false)
    }

    @Test func longListsAreShortened() throws {
        let values = (1...20).map { "value\($0)" }
        let message = try Self.type(values).parse("nothing-like-it").problems.first?.message ?? ""
        #expect(message.hasSuffix("value12, …"))
    }

    @Test(arguments: [
        (TypeOptions(), "values"), (TypeOptions(lists: ["values": []]), "values"),
        (TypeOptions(lists: ["values": ["a", "b", "a"]]), "values"),
        (TypeOptions(scalars: ["caseSensitive": "false"], lists: ["values": ["a", "A"]]), "values"),
        (TypeOptions(scalars: ["caseSensitive": "maybe"], lists: ["values": ["a"]]), "caseSensitive"),
        (TypeOptions(scalars: ["values": "development, production"]), "values"),
    ])
    func badOptions(options: TypeOptions, key: String) {
        let error = #expect(throws: TypeOptionError.self) { try EnumType(options: options) }
        #expect(error?.key == key)
    }

    @Test func caseVariantsAreDistinctWhenCaseSensitive() throws {
        let type = try Self.type(["a", "A"])
        #expect(type.parse("A") == .valid(.string("A")))
    }

    @Test func aSingleScalarValueIsAListOfOne() throws {
        let type = try EnumType(options: TypeOptions(scalars: ["values": "solo"]))
        #expect(type.parse("solo") == .valid(.string("solo")))
    }

    @Test(arguments: [("kitten", "sitting", 3), ("tset", "test", 1), ("", "abc", 3), ("abc", "abc", 0), ("ab", "ba", 1)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
    }
}
