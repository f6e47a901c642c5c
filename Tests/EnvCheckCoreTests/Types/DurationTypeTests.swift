@testable import EnvCheckCore
import Testing

struct DurationTypeTests {
    private static func type(_ options: [String: String] = [:]) throws -> DurationType {
        try DurationType(options: TypeOptions(scalars: options))
    }

    @Test(arguments: [
        ([:], "500ms", 0.5), ([:], "30s", 30), ([:], "15m", 900), ([:], "24h", 86400), ([:], "7d", 604_800),
        ([:], "1h30m", 5400), ([:], "2d12h", 216_000), ([:], "1m30s500ms", 90.5), ([:], "0s", 0),
        ([:], "1d1h1m1s1ms", 90061.001), ([:], "90m", 5400), ([:], "100000h", 360_000_000), ([:], "001s", 1),
        ([:], "1h0m", 3600), ([:], "3600s", 3600), (["unit": "s"], "86400", 86400), (["unit": "ms"], "86400000", 86400),
        (["unit": "m"], "5", 300), (["unit": "h"], "24", 86400), (["unit": "s"], "1m", 60), (["unit": "d"], "0", 0),
    ] as [([String: String], String, Double)])
    func valid(options: [String: String], text: String, seconds: Double) throws {
        #expect(try Self.type(options).parse(text) == .valid(.duration(seconds: seconds)))
    }

    @Test(arguments: [
        ("", "Empty value", nil), ("30", "A unit is required (ms, s, m, h or d)", 2), ("86400000", "A unit is required", 8),
        ("1.5h", "Fractional amounts are not allowed", 1), ("1,5h", "Fractional", 1), ("-5s", "Negative durations", 0),
        ("+5s", "A sign is not allowed", 0), ("5S", "Units are lowercase", 1), ("24H", "Units are lowercase", 2),
        ("5min", "Unknown unit min; use ms, s, m, h or d", 1), ("2w", "Unknown unit w", 1), ("1sec", "Unknown unit sec", 1),
        ("30m1h", "Units must go from largest to smallest", 3), ("1ms1s", "largest to smallest", 3),
        ("1h1h", "Unit h appears twice", 3), ("1h 30m", "Whitespace", 2), ("5 s", "Whitespace", 1),
        ("1h30m ", "Whitespace", 5), ("1h30", "Missing unit after the last number", 4), ("h", "a number before each unit", 0),
        ("1h,30m", "a number before each unit", 2), ("99999999999999999999s", "Duration is too large", 0),
        ("P1D", "a number before each unit", 0), ("24 hours", "Whitespace", 2), ("5abcdefghijk", "Unknown unit;", 1),
    ] as [(String, String, Int?)])
    func invalid(text: String, message: String, offset: Int?) throws {
        let result = try Self.type().parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains(message) == true, "\(result.problems)")
        #expect(result.problems.first?.offset == offset)
    }

    @Test(arguments: [
        (["min": "1s", "max": "1h"], "500ms", "Must be between 1s and 1h"),
        (["min": "1s", "max": "1h"], "1h1ms", "Must be between 1s and 1h"),
        (["min": "1m"], "59s", "Must be at least 1m"),
        (["max": "7d"], "8d", "Must be at most 7d"),
        (["unit": "ms", "min": "1000"], "999", "Must be at least 1000ms"),
    ])
    func outOfRange(options: [String: String], text: String, message: String) throws {
        let result = try Self.type(options).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message == message)
        #expect(result.problems.first?.offset == 0)
    }

    @Test func boundsAreInclusive() throws {
        let type = try Self.type(["min": "1s", "max": "1h"])
        #expect(type.parse("1000ms").value == .duration(seconds: 1))
        #expect(type.parse("60m").value == .duration(seconds: 3600))
    }

    @Test(arguments: [
        (["unit": "sec"], "unit"), (["unit": "S"], "unit"), (["min": "abc"], "min"), (["min": "1.5h"], "min"),
        (["min": "2h", "max": "1h"], "min"), (["max": "60"], "max"),
    ])
    func badOptions(options: [String: String], key: String) {
        let error = #expect(throws: TypeOptionError.self) { try DurationType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == key)
    }

    @Test func runbookIdempotencyTTL() throws {
        // "TTL: 24 hours" — as the app reads it (milliseconds) and as a duration.
        #expect(try Self.type(["unit": "ms"]).parse("86400000").value == .duration(seconds: 86400))
        #expect(try Self.type().parse("24h").value == .duration(seconds: 86400))
        #expect(try Self.type().parse("24 hours").value == nil)
    }
}
