@testable import EnvCheckCore
import Testing

struct BooleanTypeTests {
    private let type = try! BooleanType(options: TypeOptions())

    @Test(arguments: [
        ("true", true), ("false", false), ("TRUE", true), ("False", false), ("yes", true), ("YES", true),
        ("no", false), ("No", false), ("on", true), ("ON", true), ("off", false), ("Off", false),
        ("1", true), ("0", false), ("tRuE", true), ("oFF", false),
    ])
    func valid(text: String, expected: Bool) {
        #expect(type.parse(text) == .valid(.boolean(expected)))
    }

    @Test(arguments: [
        ("", nil), (" true", 0), ("true ", 4), ("y", 0), ("n", 0), ("t", 0), ("f", 0), ("enabled", 0),
        ("disabled", 0), ("2", 0), ("-1", 0), ("truee", 0), ("yes please", 3), ("01", 0), ("null", 0), ("none", 0),
    ] as [(String, Int?)])
    func invalid(text: String, offset: Int?) {
        let result = type.parse(text)
        #expect(result.value == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.hasPrefix("Expected a boolean: true/false, yes/no, on/off or 1/0 (any case)") == true)
        #expect(result.problems.first?.offset == offset)
    }

    @Test func hasNoOptions() throws {
        #expect(BooleanType.optionKeys.isEmpty)
        #expect(BooleanType.name == "boolean")
        #expect(try BooleanType(options: TypeOptions(scalars: ["unused": "x"])).parse("on").value == .boolean(true))
    }

    @Test func spellingSetsAreDisjoint() {
        #expect(Set(BooleanType.trueSpellings).isDisjoint(with: BooleanType.falseSpellings))
    }
}
