@testable import EnvCheckCore
import Testing

struct StringTypeTests {
    @Test(arguments: [
        ([:], ""), ([:], "hello"), ([:], "with spaces"), ([:], "ünïcödé"), ([:], String(repeating: "x", count: 1000)),
        (["minLength": "3"], "abc"), (["minLength": "3"], "abcd"), (["maxLength": "5"], "abcde"), (["maxLength": "5"], ""),
        (["pattern": "[a-z]+(-[a-z]+)*"], "my-service"), (["pattern": "[a-z]+(-[a-z]+)*"], "api"), (["pattern": #"\d{3}"#], "123"),
        (["allowEmpty": "false"], "x"), (["minLength": "2", "maxLength": "2"], "e\u{301}"), (["pattern": "a|b"], "b"),
        (["pattern": "(?i)[a-z]+"], "MiXeD"), (["minLength": "0", "maxLength": "0"], ""),
    ] as [([String: String], String)])
    func valid(options: [String: String], text: String) throws {
        let type = try StringType(options: TypeOptions(scalars: options))
        #expect(type.parse(text) == .valid(.string(text)))
    }

    @Test(arguments: [
        (["minLength": "3"], "ab", "Value is shorter than 3 characters", nil),
        (["minLength": "1"], "", "Value is shorter than 1 characters", nil),
        (["maxLength": "5"], "abcdef", "Value is longer than 5 characters", 5),
        (["maxLength": "0"], "a", "Value is longer than 0 characters", 0),
        (["maxLength": "2"], "e\u{301}x", "Value is longer than 2 characters", 2),
        (["allowEmpty": "false"], "", "Value must not be empty", nil),
        (["pattern": "[a-z]+"], "ABC", "does not match the pattern [a-z]+", nil),
        (["pattern": "[a-z]+"], "abc1", "does not match the pattern", nil),
        (["pattern": "[a-z]+"], "", "does not match the pattern", nil),
        (["pattern": #"\d{3}"#], "1234", "does not match the pattern", nil),
        (["pattern": #"\d{3}"#], "12", "does not match the pattern", nil),
        (["pattern": "a|b"], "ab", "does not match the pattern", nil),
        (["pattern": "https://.*"], "http://x", "does not match the pattern", nil),
        (["pattern": "[a-z]+", "maxLength": "3"], "abcd", "longer than 3", 3),
        (["minLength": "10", "pattern": "[0-9]+"], "123", "shorter than 10", nil),
    ] as [([String: String], String, String, Int?)])
    func invalid(options: [String: String], text: String, message: String, offset: Int?) throws {
        let result = try StringType(options: TypeOptions(scalars: options)).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains(message) == true, "\(result.problems)")
        #expect(result.problems.first?.offset == offset)
    }

    @Test(arguments: [
        (["minLength": "-1"], "minLength"), (["minLength": "x"], "minLength"), (["maxLength": "-3"], "maxLength"),
        (["minLength": "5", "maxLength": "3"], "minLength"), (["pattern": "("], "pattern"), (["pattern": "[a-"], "pattern"),
        (["pattern": "a{2,1}"], "pattern"), (["allowEmpty": "yes"], "allowEmpty"),
    ])
    func badOptions(options: [String: String], key: String) {
        let error = #expect(throws: TypeOptionError.self) { try StringType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == key)
    }

    @Test func patternIsCompiledOnceAndShared() async throws {
        let type = try StringType(options: TypeOptions(scalars: ["pattern": "[a-z]{3}[0-9]{2}"]))
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 { group.addTask { type.parse(index.isMultiple(of: 2) ? "abc12" : "abc").value != nil } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 16)
    }
}
