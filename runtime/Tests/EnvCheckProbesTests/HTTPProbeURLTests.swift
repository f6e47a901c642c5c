import Testing
@testable import EnvCheckProbes

@Suite struct HTTPProbeURLTests {
    @Test func splitsAURLIntoHostPortAndPath() throws {
        let probe = try #require(HTTPProbe(url: "http://127.0.0.1:8080/health?full=1#frag"))
        #expect(probe.host == "127.0.0.1")
        #expect(probe.port == 8080)
        #expect(probe.path == "/health?full=1")
        let https = try #require(HTTPProbe(url: "HTTPS://user:secret@example.com"))
        #expect(https.scheme == "https" && https.port == 443 && https.path == "/" && https.host == "example.com")
        #expect(!https.endpoint.contains("secret"), "credentials never reach messages")
        let ipv6 = try #require(HTTPProbe(url: "http://[::1]:9000/"))
        #expect(ipv6.host == "::1" && ipv6.port == 9000 && ipv6.endpoint == "http://[::1]:9000/")
    }

    @Test func rejectsWhatIsNotAnHTTPURL() {
        for text in ["ftp://host/", "localhost:8080", "http://", "http://host:99999/", "http://host:port/"] {
            #expect(HTTPProbe(url: text) == nil, "\(text)")
        }
    }

    @Test func aTCPURLBecomesATCPProbe() throws {
        let probe = try #require(ProbePlan.probe(forURL: "tcp://127.0.0.1:6000") as? TCPProbe)
        #expect(probe.host == "127.0.0.1" && probe.port == 6000)
    }

    @Test func durationsPrintShort() {
        #expect(Duration.milliseconds(850).shortDescription == "850 ms")
        #expect(Duration.seconds(2).shortDescription == "2 s")
        #expect(Duration.milliseconds(2500).shortDescription == "2.5 s")
    }
}
