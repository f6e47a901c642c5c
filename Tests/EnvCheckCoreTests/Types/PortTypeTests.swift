@testable import EnvCheckCore
import Testing

struct PortTypeTests {
    static func type(_ scalars: [String: String] = [:]) throws -> PortType {
        try PortType(options: TypeOptions(scalars: scalars))
    }

    @Test(arguments: [
        ("1", 1), ("9", 9), ("10", 10), ("22", 22), ("80", 80), ("99", 99), ("100", 100), ("443", 443),
        ("1024", 1024), ("3000", 3000), ("5432", 5432), ("6379", 6379), ("8080", 8080), ("32768", 32768),
        ("49152", 49152), ("65535", 65535),
    ])
    func valid(text: String, expected: Int) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == .integer(expected))
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: [
        ("", "Empty value", nil),
        ("0", "Port 0 is not allowed", 0),
        ("65536", "Port must be between 1 and 65535", 0),
        ("99999999999999999999", "Port must be between 1 and 65535", 0),
        ("080", "Leading zeros are not allowed", 0),
        ("00", "Leading zeros are not allowed", 0),
        ("+80", "A port has no sign", 0),
        ("-1", "A port has no sign", 0),
        (" 80", "Port starts with whitespace", 0),
        ("80 ", "Port ends with whitespace", 2),
        ("8 0", "decimal digits only", 1),
        ("80a", "decimal digits only", 2),
        ("8080.0", "decimal digits only", 4),
        ("1e3", "decimal digits only", 1),
        ("0x50", "decimal digits only", 1),
        ("localhost:80", "without a host", 9),
        (":8080", "without a host", 0),
        ("٨٠", "decimal digits only", 0),
        ("http", "decimal digits only", 0),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        #expect(result.problems.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.offset == offset)
    }

    @Test func minimumAndMaximum() throws {
        let type = try Self.type(["min": "1024", "max": "9000"])
        #expect(type.parse("1024").value == .integer(1024))
        #expect(type.parse("9000").value == .integer(9000))
        #expect(type.parse("80").problems.first?.message == "Port must be between 1024 and 9000")
        #expect(type.parse("9001").problems.first?.offset == 0)
    }

    @Test func allowZero() throws {
        #expect(try Self.type(["allowZero": "true"]).parse("0").value == .integer(0))
        #expect(try Self.type(["allowZero": "true", "min": "0", "max": "10"]).parse("0").value == .integer(0))
        #expect(try Self.type(["allowZero": "false"]).parse("0").value == nil)
    }

    @Test(arguments: [
        (["min": "abc"], "min"), (["max": "1.5"], "max"), (["allowZero": "yes"], "allowZero"),
        (["min": "0"], "min"), (["max": "70000"], "max"), (["min": "9000", "max": "80"], "min"), (["min": "-5"], "min"),
    ])
    func badOptions(scalars: [String: String], key: String) {
        #expect(throws: TypeOptionError.self) { try Self.type(scalars) }
        do { _ = try Self.type(scalars) } catch let error as TypeOptionError { #expect(error.key == key) } catch {}
    }
}
