@testable import EnvCheckCore
import Testing

struct IntegerTypeTests {
    private let plain = try! IntegerType(options: TypeOptions())

    @Test(arguments: [
        ("0", 0), ("7", 7), ("-7", -7), ("+7", 7), ("007", 7), ("-0", 0), ("+0", 0), ("42", 42),
        ("65535", 65535), ("1000000", 1_000_000), ("123456789", 123_456_789), ("-1", -1), ("10", 10),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min), ("0000", 0),
    ])
    func valid(text: String, expected: Int) {
        #expect(plain.parse(text) == .valid(.integer(expected)))
    }

    @Test(arguments: [
        ("", "Empty value", nil), ("1.5", "Fractions are not allowed", 1), ("1.0", "Fractions are not allowed", 1),
        ("1e3", "Exponents are not allowed", 1), ("0x10", "no 0x", 1), ("0b101", "no 0x, 0o or 0b", 1),
        ("1_000", "Digit separators", 1), ("1,000", "Digit separators", 1), (" 1", "Whitespace", 0),
        ("1 ", "Whitespace", 1), ("abc", "Unexpected character; expected an integer", 0),
        ("-", "Expected digits after the sign", 0), ("+-1", "Only one sign", 1), ("1-2", "Only one sign", 1),
        ("12a", "Unexpected character", 2), ("9223372036854775808", "too large", 0), ("inf", "Infinity and NaN", 0),
        ("٣", "Unexpected character", 0), (".5", "Fractions are not allowed", 0),
    ] as [(String, String, Int?)])
    func invalid(text: String, message: String, offset: Int?) {
        expectError(plain.parse(text), message, offset)
    }

    @Test(arguments: [
        (["min": "1", "max": "10"], "0", "Must be between 1 and 10"),
        (["min": "1", "max": "10"], "11", "Must be between 1 and 10"),
        (["min": "1"], "-5", "Must be at least 1"),
        (["max": "100"], "101", "Must be at most 100"),
    ])
    func outOfRange(options: [String: String], text: String, message: String) throws {
        let type = try IntegerType(options: TypeOptions(scalars: options))
        expectError(type.parse(text), message, 0)
        #expect(type.parse(options["min"] ?? options["max"]!).value != nil)
    }

    @Test(arguments: [
        (["min": "abc"], "min"), (["max": "1.5"], "max"), (["min": "10", "max": "1"], "min"), (["max": ""], "max"),
    ])
    func badOptions(options: [String: String], key: String) {
        let error = #expect(throws: TypeOptionError.self) { try IntegerType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == key)
    }
}

private func expectError(_ result: ValueParseResult, _ message: String, _ offset: Int?,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(result.value == nil, sourceLocation: sourceLocation)
    let error = result.problems.first { $0.severity == .error }
    #expect(error?.message.contains(message) == true, "\(result.problems)", sourceLocation: sourceLocation)
    #expect(error?.offset == offset, "\(result.problems)", sourceLocation: sourceLocation)
}
