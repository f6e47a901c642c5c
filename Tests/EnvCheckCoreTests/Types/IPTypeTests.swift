@testable import EnvCheckCore
import Testing

/// An IPv4 network for expectations.
private func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ prefix: Int = 32) -> IPNetwork {
    IPNetwork(address: [a, b, c, d], prefixLength: prefix)
}

/// An IPv6 network for expectations (the text is a known-good literal).
private func v6(_ text: String, _ prefix: Int = 128) -> IPNetwork {
    IPNetwork(address: IPAddressSyntax.ipv6(text)!, prefixLength: prefix)
}

struct IPTypeTests {
    private static let single = try! IPType(options: TypeOptions())
    private static let list = try! IPType(options: TypeOptions(scalars: ["list": "true"]))

    @Test(arguments: [
        (false, "127.0.0.1", [v4(127, 0, 0, 1)]), (false, "0.0.0.0", [v4(0, 0, 0, 0)]),
        (false, "255.255.255.255", [v4(255, 255, 255, 255)]), (false, "10.0.0.1", [v4(10, 0, 0, 1)]),
        (false, "::1", [IPNetwork(address: Array(repeating: 0, count: 15) + [1], prefixLength: 128)]),
        (false, "::", [IPNetwork(address: Array(repeating: 0, count: 16), prefixLength: 128)]),
        (false, "fe80::1", [IPNetwork(address: [0xFE, 0x80] + Array(repeating: 0, count: 13) + [1], prefixLength: 128)]),
        (false, "2001:db8::8a2e:370:7334", [v6("2001:db8:0:0:0:8a2e:370:7334")]),
        (false, "::ffff:10.0.0.1", [IPNetwork(address: Array(repeating: 0, count: 10) + [0xFF, 0xFF, 10, 0, 0, 1], prefixLength: 128)]),
        (false, "1:2:3:4:5:6:7:8", [v6("1:2:3:4:5:6:7:8")]), (false, "FE80::1", [v6("fe80::1")]),
        (true, "10.0.0.1, 10.0.0.2", [v4(10, 0, 0, 1), v4(10, 0, 0, 2)]), (true, "10.0.0.1,::1", [v4(10, 0, 0, 1), v6("::1")]),
        (true, " 10.0.0.1 ,\t::1 ", [v4(10, 0, 0, 1), v6("::1")]), (true, "192.168.1.1", [v4(192, 168, 1, 1)]),
        (true, "1.1.1.1,1.0.0.1,8.8.8.8", [v4(1, 1, 1, 1), v4(1, 0, 0, 1), v4(8, 8, 8, 8)]),
    ] as [(Bool, String, [IPNetwork])])
    func valid(list: Bool, text: String, expected: [IPNetwork]) {
        #expect((list ? Self.list : Self.single).parse(text) == .valid(.networks(expected)))
    }

    @Test(arguments: [
        (false, "", "Empty value; expected an IP address", nil), (false, "256.0.0.1", "parts must be 0–255", 0),
        (false, "10.0.0.256", "parts must be 0–255", 7), (false, "01.2.3.4", "Leading zeros", 0),
        (false, "1.2.3", "four parts", 0), (false, "1.2.3.4.5", "four parts", 0), (false, "1..2.3", "Empty part", 2),
        (false, "localhost", "not a host name", 0), (false, "10.0.0.0/8", "prefix length is not allowed", 8),
        (false, "[::1]", "Brackets", 0), (false, "fe80::1%eth0", "zone indexes", 7), (false, "10.0.0.1:80", "A port is not allowed", 8),
        (false, "1::2::3", "Not a valid IPv6 address", 0), (false, "12345::", "Not a valid IPv6 address", 0),
        (false, "::g", "Unexpected character in an IPv6 address", 2), (false, " 10.0.0.1", "Whitespace", 0),
        (false, "10.0.0.1,10.0.0.2", "Only one address is allowed; set list: true", 8), (false, "-1", "Unexpected character", 0),
        (true, "10.0.0.1,,10.0.0.2", "Empty item", 9), (true, "10.0.0.1, nope", "not a host name", 10),
        (true, "::ffff:1.2.3.999", "parts must be 0–255", 13), (true, "10.0.0.1 ,", "Empty item", 10),
    ] as [(Bool, String, String, Int?)])
    func invalid(list: Bool, text: String, message: String, offset: Int?) {
        let result = (list ? Self.list : Self.single).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains(message) == true, "\(result.problems)")
        #expect(result.problems.first?.offset == offset)
    }

    @Test func everyBadItemIsReported() {
        let result = Self.list.parse("a, 10.0.0.1, 300.1.1.1")
        #expect(result.problems.map(\.offset) == [0, 13])
    }

    @Test(arguments: [["list": "yes"], ["list": "1"]])
    func badOptions(options: [String: String]) {
        let error = #expect(throws: TypeOptionError.self) { try IPType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == "list")
    }
}
