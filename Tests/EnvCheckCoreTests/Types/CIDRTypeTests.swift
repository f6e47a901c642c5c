@testable import EnvCheckCore
import Testing

private func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ prefix: Int) -> IPNetwork {
    IPNetwork(address: [a, b, c, d], prefixLength: prefix)
}

private func v6(_ text: String, _ prefix: Int) -> IPNetwork {
    IPNetwork(address: IPAddressSyntax.ipv6(text)!, prefixLength: prefix)
}

struct CIDRTypeTests {
    private static let single = try! CIDRType(options: TypeOptions())
    private static let list = try! CIDRType(options: TypeOptions(scalars: ["list": "true"]))

    @Test(arguments: [
        (false, "10.0.0.0/8", [v4(10, 0, 0, 0, 8)]), (false, "172.16.0.0/12", [v4(172, 16, 0, 0, 12)]),
        (false, "192.168.0.0/16", [v4(192, 168, 0, 0, 16)]), (false, "0.0.0.0/0", [v4(0, 0, 0, 0, 0)]),
        (false, "10.0.0.1/32", [v4(10, 0, 0, 1, 32)]), (false, "10.0.0.1/8", [v4(10, 0, 0, 1, 8)]),
        (false, "fe80::/10", [v6("fe80::", 10)]), (false, "::/0", [v6("::", 0)]), (false, "::1/128", [v6("::1", 128)]),
        (false, "2001:db8::/32", [v6("2001:db8::", 32)]), (false, "fc00::/7", [v6("fc00::", 7)]),
        (false, "::ffff:10.0.0.0/104", [v6("::ffff:a00:0", 104)]),
        (true, "10.0.0.0/8, 172.16.0.0/12", [v4(10, 0, 0, 0, 8), v4(172, 16, 0, 0, 12)]),
        (true, "1.2.3.4/24,fe80::/64", [v4(1, 2, 3, 4, 24), v6("fe80::", 64)]),
        (true, "10.0.0.0/8", [v4(10, 0, 0, 0, 8)]),
        (true, "10.0.0.0/8 ,\t192.168.0.0/16", [v4(10, 0, 0, 0, 8), v4(192, 168, 0, 0, 16)]),
    ] as [(Bool, String, [IPNetwork])])
    func valid(list: Bool, text: String, expected: [IPNetwork]) {
        #expect((list ? Self.list : Self.single).parse(text) == .valid(.networks(expected)))
    }

    @Test(arguments: [
        (false, "", "Empty value; expected an IP CIDR block", nil), (false, "10.0.0.0", "A prefix length is required", 8),
        (false, "10.0.0.0/", "Missing prefix length", 9), (false, "10.0.0.0/33", "at most 32 for IPv4", 9),
        (false, "::/129", "at most 128 for IPv6", 3), (false, "10.0.0.0/08", "Leading zeros are not allowed in a prefix", 9),
        (false, "10.0.0.0/8a", "decimal digits", 10), (false, "10.0.0.0/255.0.0.0", "Netmask notation is not supported", 9),
        (false, "10.0.0/8", "four parts", 0), (false, "300.0.0.0/8", "0–255", 0), (false, "localhost/8", "not a host name", 0),
        (false, "10.0.0.0/-1", "decimal digits", 9), (false, "10.0.0.0/8,10.0.0.0/16", "Only one CIDR block is allowed", 10),
        (false, "10.0.0.0 /8", "Whitespace", 8), (false, "10.0.0.0/99999999999999999999", "at most 32", 9),
        (true, "10.0.0.0/8, ", "Empty item", 12), (true, "10.0.0.0/8 , 192.168.0.0/33", "at most 32", 25),
        (true, "fe80::/1x0", "decimal digits", 8),
    ] as [(Bool, String, String, Int?)])
    func invalid(list: Bool, text: String, message: String, offset: Int?) {
        let result = (list ? Self.list : Self.single).parse(text)
        #expect(result.value == nil)
        #expect(result.problems.first?.message.contains(message) == true, "\(result.problems)")
        #expect(result.problems.first?.offset == offset)
    }

    @Test(arguments: [["list": "on"], ["list": ""]])
    func badOptions(options: [String: String]) {
        let error = #expect(throws: TypeOptionError.self) { try CIDRType(options: TypeOptions(scalars: options)) }
        #expect(error?.key == "list")
    }
}
