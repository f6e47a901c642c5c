@testable import EnvCheckCore
import Testing

struct PortMappingTests {
    @Test(arguments: [
        ("80", nil, nil, 80...80, "tcp"),
        ("8080:80", nil, 8080...8080, 80...80, "tcp"),
        ("127.0.0.1:8080:80", "127.0.0.1", 8080...8080, 80...80, "tcp"),
        ("127.0.0.1::80", "127.0.0.1", nil, 80...80, "tcp"),
        ("[::1]:8080:80", "::1", 8080...8080, 80...80, "tcp"),
        ("::1:8080:80", "::1", 8080...8080, 80...80, "tcp"),
        ("8000-8010:8000-8010", nil, 8000...8010, 8000...8010, "tcp"),
        ("9000-9010:80", nil, 9000...9010, 80...80, "tcp"),
        ("53:53/udp", nil, 53...53, 53...53, "udp"),
        ("5000:5000/SCTP", nil, 5000...5000, 5000...5000, "sctp"),
    ] as [(String, String?, ClosedRange<Int>?, ClosedRange<Int>, String)])
    func validShortSyntax(text: String, ip: String?, published: ClosedRange<Int>?, target: ClosedRange<Int>, transport: String) throws {
        let mapping = try PortMapping.parse(short: text).get()
        #expect(mapping.hostIP == ip)
        #expect(mapping.published == published)
        #expect(mapping.target == target)
        #expect(mapping.transport == transport)
    }

    @Test(arguments: ["", "abc:80", "70000:80", "80:80/icmp", "1.2.3:80:80", "8000-8002:80-81", "80-70:80", ":", "8080:"])
    func invalidShortSyntax(text: String) {
        if case .success = PortMapping.parse(short: text) { Issue.record("\(text) should be invalid") }
    }

    @Test(arguments: [
        ("", "No container port"),
        ("8080:", "No container port"),
        ("abc:80", "Host port abc is not a port or port range (1-65535)"),
        ("80:x80", "Container port x80 is not a port or port range (1-65535)"),
        ("80:80/icmp", "Unknown protocol icmp; expected tcp, udp or sctp"),
        ("80:80/ICMP", "Unknown protocol icmp; expected tcp, udp or sctp"),
        ("1.2.3:80:80", "Host address 1.2.3 is not an IP address"),
        ("[1.2.3]:80:80", "Host address 1.2.3 is not an IP address"),
        ("8000-8002:80-81", "Host range 8000-8002 and container range 80-81 differ in size"),
        ("é:80", "Host port é is not a port or port range (1-65535)"),
    ])
    func invalidShortSyntaxSaysWhy(text: String, message: String) {
        guard case .failure(let error) = PortMapping.parse(short: text) else {
            Issue.record("\(text) should be invalid")
            return
        }
        #expect(error.message == message)
    }

    @Test(arguments: ["127.0.0.1", "0.0.0.0", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334", "::ffff:10.0.0.1"])
    func validAddresses(text: String) {
        #expect(IPAddressSyntax.isValid(text))
    }

    @Test(arguments: ["256.0.0.1", "01.2.3.4", "1.2.3", "1::2::3", "12345::", "localhost", "", "::+1", "+1::"])
    func invalidAddresses(text: String) {
        #expect(!IPAddressSyntax.isValid(text))
    }
}
