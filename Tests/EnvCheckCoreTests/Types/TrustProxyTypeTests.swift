@testable import EnvCheckCore
import Testing

private func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ prefix: Int = 32) -> IPNetwork {
    IPNetwork(address: [a, b, c, d], prefixLength: prefix)
}

private func v6(_ text: String, _ prefix: Int = 128) -> IPNetwork {
    IPNetwork(address: IPAddressSyntax.ipv6(text)!, prefixLength: prefix)
}

private let loopback = [v4(127, 0, 0, 1, 8), v6("::1", 128)]
private let linklocal = [v4(169, 254, 0, 0, 16), v6("fe80::", 10)]
private let uniquelocal = [v4(10, 0, 0, 0, 8), v4(172, 16, 0, 0, 12), v4(192, 168, 0, 0, 16), v6("fc00::", 7)]

/// Examples from proxy-addr's README and tests, Express's `trust proxy` docs, and the runbook.
struct TrustProxyTypeTests {
    private let type = TrustProxyType()

    @Test(arguments: [
        ("loopback", ["loopback"], loopback),
        ("loopback, 123.123.123.123", ["loopback"], loopback + [v4(123, 123, 123, 123)]),
        ("10.0.0.0/8", [], [v4(10, 0, 0, 0, 8)]),
        ("127.0.0.1/255.0.0.0", [], [v4(127, 0, 0, 1, 8)]),
        ("fe80::/10", [], [v6("fe80::", 10)]),
        ("linklocal", ["linklocal"], linklocal),
        ("uniquelocal", ["uniquelocal"], uniquelocal),
        ("loopback, linklocal, uniquelocal", ["loopback", "linklocal", "uniquelocal"], loopback + linklocal + uniquelocal),
        ("10.0.0.0/8, 172.16.0.0/12", [], [v4(10, 0, 0, 0, 8), v4(172, 16, 0, 0, 12)]),
        ("loopback,10.0.0.1", ["loopback"], loopback + [v4(10, 0, 0, 1)]),
        ("::1", [], [v6("::1")]),
        ("127.0.0.1", [], [v4(127, 0, 0, 1)]),
        ("::ffff:10.0.0.1", [], [v4(10, 0, 0, 1)]),
        ("::ffff:a00:2/122", [], [v6("::ffff:a00:2", 122)]),
        ("10.0.0.2/26", [], [v4(10, 0, 0, 2, 26)]),
        ("10.0.0.2/255.255.255.192", [], [v4(10, 0, 0, 2, 26)]),
        ("127.0.0.0/8, 10.0.0.0/8", [], [v4(127, 0, 0, 0, 8), v4(10, 0, 0, 0, 8)]),
        ("127.0.0.0/255.0.0.0, 192.168.0.0/255.255.0.0", [], [v4(127, 0, 0, 0, 8), v4(192, 168, 0, 0, 16)]),
        ("::1/128, fe80::/10", [], [v6("::1"), v6("fe80::", 10)]),
        ("loopback, fc00:ac:1ab5:fff::1/64", ["loopback"], loopback + [v6("fc00:ac:1ab5:fff::1", 64)]),
        ("10.0.0.1/08", [], [v4(10, 0, 0, 1, 8)]),
        ("127.0.0.1/255.255.255.255", [], [v4(127, 0, 0, 1, 32)]),
        ("loopback , uniquelocal", ["loopback", "uniquelocal"], loopback + uniquelocal),
    ] as [(String, [String], [IPNetwork])])
    func valid(text: String, keywords: [String], networks: [IPNetwork]) {
        #expect(type.parse(text) == .valid(.trustProxy(.trusted(keywords: keywords, networks: networks))))
    }

    @Test(arguments: [("1", 1), ("0", 0), ("2", 2), ("10", 10), ("01", 1)])
    func digitsOnlyIsAHopCountWithAWarning(text: String, hops: Int) throws {
        let result = type.parse(text)
        #expect(result.value == .trustProxy(.hopCount(hops)))
        let warning = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.offset == 0)
        #expect(warning.message.contains("Express reads a digits-only string as an IPv4 address"))
        #expect(warning.message.contains("Number()"))
    }

    @Test(arguments: [
        ("", "Empty value", nil), ("0.0.0.0/0", "Express rejects a prefix of 0", 8), ("::/0", "prefix of 0", 3),
        ("0.0.0.0/0.0.0.0", "prefix of 0", 8), ("true", "Express reads the string true as an address and throws", 0),
        ("false", "the string false", 0), ("TRUE", "the string true", 0), ("loopback,", "Empty item", 9),
        (",loopback", "Empty item", 0), ("Loopback", "Keywords are lowercase", 0),
        ("loopback, 1", "A number in a list is read by Express as an IPv4 address", 10), ("10.0.0.1/33", "1–32 for IPv4", 9),
        ("::1/129", "1–128 for IPv6", 4), ("10.0.0.1/internet", "Expected a prefix length or an IPv4 netmask", 9),
        ("10.0.0.1/6000", "1–32", 9), ("10.0.0.1/255.0.255.0", "Netmask must be contiguous", 9),
        ("fe80::/ffc0::", "Expected a prefix length or an IPv4 netmask", 7), ("fe80::/255.255.255.0", "only for IPv4", 7),
        ("::ffff:a00:2/255.255.255.0", "only for IPv4", 13), ("blargh", "not a host name", 0), ("10.0.300.1", "0–255", 5),
        ("-1", "Unexpected character", 0), ("::ffff:30.168.1.9000", "0–255", 16), ("10.0.0.1/", "Missing prefix length", 9),
        ("010.0.0.1", "Leading zeros", 0), ("fe80::1%eth0", "zone indexes", 7), ("*", "Unexpected character", 0),
        ("99999999999999999999", "Hop count is too large", 0), ("loopback linklocal", "Whitespace", 8),
        ("10.0.0.1/99999999999999999999", "1–32", 9), ("loopback, nope", "not a host name", 10),
    ] as [(String, String, Int?)])
    func invalid(text: String, message: String, offset: Int?) {
        let result = type.parse(text)
        #expect(result.value == nil)
        let error = result.problems.first { $0.severity == .error }
        #expect(error?.message.contains(message) == true, "\(result.problems)")
        #expect(error?.offset == offset)
    }

    @Test(arguments: [(" loopback", 0), ("loopback ", 8), ("loopback,\tlinklocal", 9)])
    func whitespaceExpress4RejectsIsAWarning(text: String, offset: Int) throws {
        let result = type.parse(text)
        #expect(result.value != nil)
        let warning = try #require(result.problems.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("Express 4"))
        #expect(warning.offset == offset)
    }

    @Test func everyBadItemIsReported() {
        let result = type.parse("0.0.0.0/0, loopback, true")
        #expect(result.problems.map(\.offset) == [8, 21])
    }

    @Test func keywordRangesMatchProxyAddr() {
        #expect(TrustProxyType.keywords.map(\.name) == ["loopback", "linklocal", "uniquelocal"])
        #expect(TrustProxyType.optionKeys.isEmpty)
        #expect(TrustProxyType.name == "trust-proxy")
    }
}
