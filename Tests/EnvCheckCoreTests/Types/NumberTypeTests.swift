@testable import EnvCheckCore
import Testing

struct NumberTypeTests {
    private let plain = try! NumberType(options: TypeOptions())

    @Test(arguments: [
        ("0", 0.0), ("1.5", 1.5), ("-1.5", -1.5), ("+2", 2), (".5", 0.5), ("5.", 5), ("1e3", 1000),
        ("2.5E-4", 0.00025), ("1E+2", 100), ("007", 7), ("-0.0", 0), ("3.14159", 3.14159), ("1e-300", 1e-300),
        ("123456789.25", 123_456_789.25), ("0.1", 0.1), ("-.25e1", -2.5),
    ])
    func valid(text: String, expected: Double) {
        #expect(plain.parse(text) == .valid(.number(expected)))
    }

    @Test(arguments: [
        ("", "Empty value", nil), ("abc", "Unexpected character; expected a number", 0), ("1e", "digits in the exponent", 1),
        ("1e+", "digits in the exponent", 1), ("0x1A", "no 0x", 1), ("1_000.5", "Digit separators", 1),
        ("1.2.3", "Unexpected character", 3), ("inf", "Infinity and NaN", 0), ("NaN", "Infinity and NaN", 0),
        ("-Infinity", "Infinity and NaN", 1), (" 1", "Whitespace", 0), ("1.5 ", "Whitespace", 3), (".", "Expected digits", 0),
        ("-", "Expected digits", 0), ("1e400", "out of range", 0), ("1,5", "Digit separators", 1), ("5%", "Unexpected character", 1),
        ("+-1", "Only one sign", 1), ("1e5.5", "Unexpected character", 3),
    ] as [(String, String, Int?)])
    func invalid(text: String, message: String, offset: Int?) {
        expectError(plain.parse(text), message, offset)
    }

    @Test(arguments: [
        (["min": "0", "max": "1"], "1.5", "Must be between 0 and 1"),
        (["min": "0", "max": "1"], "-0.001", "Must be between 0 and 1"),
        (["min": "0.5"], "0.25", "Must be at least 0.5"),
        (["max": "1e3"], "1000.5", "Must be at most 1000"),
    ])
    func outOfRange(options: [String: String], text: String, message: String) throws {
        let type = try NumberType(options: TypeOptions(scalars: options))
        expectError(type.parse(text), message, 0)
        #expect(type.parse(options["min"] ?? options["max"]!).value != nil)
    }

    @Test(arguments: [
        (["min": "abc"], "min"), (["max": "inf"], "max"), (["min": "2", "max": "1"], "min"), (["max": "nan"], "max"),
    ])
    func badOptions(options: [String: String], key: String) {
        let error = #expect(throws: TypeOptionError.self) { try NumberType(options: TypeOptions(scalars: options)) }
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
