import EnvCheckCore
import EnvCheckHealth
import Testing

extension HealthTests {
    /// Express's `req.ip` semantics (proxy-addr 2.x with compileTrust), case by case.
    @Suite struct ClientAddressTests {
        struct Case: CustomTestStringConvertible, Sendable {
            var trust: String?
            var hops: Int?
            var peer: String?
            var forwardedFor: [String]
            var client: String?
            var testDescription: String { "\(trust ?? "hops \(hops ?? 0)") peer \(peer ?? "nil") xff \(forwardedFor) -> \(client ?? "nil")" }

            var setting: TrustProxySetting {
                if let hops { return .hopCount(hops) }
                if let trust { return TestServers.trust(trust) }
                return .trusted(keywords: [], networks: [])
            }
        }

        static let cases: [Case] = [
            // Trust nothing: the peer, whatever the header says.
            Case(peer: "10.0.0.1", forwardedFor: ["203.0.113.7"], client: "10.0.0.1"),
            Case(peer: "203.0.113.9", forwardedFor: ["127.0.0.1"], client: "203.0.113.9"),
            // No header: the peer.
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: [], client: "127.0.0.1"),
            // Keyword: walk back while trusted.
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["203.0.113.7"], client: "203.0.113.7"),
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["10.0.0.1, 127.0.0.2"], client: "10.0.0.1"),
            Case(trust: "loopback", peer: "::1", forwardedFor: ["203.0.113.7"], client: "203.0.113.7"),
            // A spoofed loopback entry from an untrusted peer is not believed.
            Case(trust: "loopback", peer: "203.0.113.9", forwardedFor: ["127.0.0.1"], client: "203.0.113.9"),
            // The walk stops at the first untrusted hop; entries left of it are ignored.
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["127.0.0.1, 198.51.100.2"], client: "198.51.100.2"),
            // Hop counts: i < n.
            Case(hops: 1, peer: "127.0.0.1", forwardedFor: ["127.0.0.1, 198.51.100.2"], client: "198.51.100.2"),
            Case(hops: 2, peer: "127.0.0.1", forwardedFor: ["127.0.0.1, 198.51.100.2"], client: "127.0.0.1"),
            Case(hops: 5, peer: "10.0.0.1", forwardedFor: ["198.51.100.1, 198.51.100.2"], client: "198.51.100.1"),
            Case(hops: 1, peer: "203.0.113.9", forwardedFor: [], client: "203.0.113.9"),
            // CIDR lists.
            Case(trust: "10.0.0.0/8, 172.16.0.0/12", peer: "10.1.2.3", forwardedFor: ["192.168.0.1, 172.16.5.5"], client: "192.168.0.1"),
            Case(trust: "10.0.0.0/8", peer: "127.0.0.1", forwardedFor: ["203.0.113.7"], client: "127.0.0.1"),
            Case(trust: "127.0.0.1/255.255.255.255", peer: "127.0.0.1", forwardedFor: ["203.0.113.7"], client: "203.0.113.7"),
            // Not an address: never trusted, and it is what the walk ends at.
            Case(trust: "uniquelocal", peer: "10.0.0.1", forwardedFor: ["myrouter, 10.0.0.2"], client: "myrouter"),
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["0x7f.0.0.1"], client: "0x7f.0.0.1"),
            // Spaces are trimmed, empty items dropped; several headers read as one list.
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["  198.51.100.1 ,, 127.0.0.3  "], client: "198.51.100.1"),
            Case(trust: "loopback", peer: "127.0.0.1", forwardedFor: ["198.51.100.1", "127.0.0.3"], client: "198.51.100.1"),
            // Families: IPv4-mapped IPv6 against IPv4 subnets, IPv4 against IPv4-mapped subnets.
            Case(trust: "loopback", peer: "::ffff:127.0.0.1", forwardedFor: ["198.51.100.1"], client: "198.51.100.1"),
            Case(trust: "::ffff:a00:0/104", peer: "10.0.0.1", forwardedFor: ["198.51.100.1"], client: "198.51.100.1"),
            Case(trust: "10.0.0.0/8", peer: "fe80::1", forwardedFor: ["198.51.100.1"], client: "fe80::1"),
            // An unknown peer resolves to nothing, whatever the header and the trust.
            Case(hops: 3, peer: nil, forwardedFor: ["127.0.0.1"], client: nil),
            Case(trust: "loopback", peer: nil, forwardedFor: ["127.0.0.1"], client: nil),
        ]

        @Test(arguments: cases)
        func resolvesLikeExpress(_ example: Case) {
            let resolved = ClientAddress.resolve(peer: example.peer, forwardedFor: example.forwardedFor, trust: ProxyTrust(example.setting))
            #expect(resolved == example.client)
        }

        @Test(arguments: [
            ("127.0.0.1", true), ("127.255.0.9", true), ("::1", true), ("::ffff:127.0.0.1", true),
            ("10.0.0.1", false), ("::2", false), ("0x7f.0.0.1", false), ("2130706433", false), ("localhost", false),
            ("128.0.0.1", false), ("::ffff:10.0.0.1", false),
        ])
        func loopbackAddresses(_ address: String, _ isLocal: Bool) {
            #expect(ClientAddress.isLocal(peer: address, forwardedFor: [], trust: .none) == isLocal)
        }

        @Test func unknownPeerIsNeverLocal() {
            #expect(!ClientAddress.isLocal(peer: nil, forwardedFor: [], trust: .none))
            #expect(!ClientAddress.isLocal(peer: nil, forwardedFor: ["127.0.0.1"], trust: ProxyTrust(.hopCount(10))))
        }

        @Test func spoofedForwardedForFromUntrustedPeerIsNotLocal() {
            for trust in ["loopback", "10.0.0.0/8", "uniquelocal, linklocal"] {
                #expect(!ClientAddress.isLocal(peer: "203.0.113.9", forwardedFor: ["127.0.0.1"], trust: ProxyTrust(TestServers.trust(trust))))
            }
            #expect(!ClientAddress.isLocal(peer: "203.0.113.9", forwardedFor: ["127.0.0.1"], trust: .none))
        }

        @Test func forwardedForParsing() {
            #expect(ForwardedFor.addresses(["a, b,c"]) == ["c", "b", "a"])
            #expect(ForwardedFor.addresses([" , ,"]) == [])
            #expect(ForwardedFor.addresses(["a b"]) == ["a b"])
            #expect(ForwardedFor.addresses(["\ta"]) == ["\ta"])
        }
    }
}
