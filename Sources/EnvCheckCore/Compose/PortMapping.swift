/// A published port of a service, in short (`"127.0.0.1:8080-8081:80-81/udp"`) or long syntax.
public struct PortMapping: Sendable, Hashable {
    /// The host address it binds (`nil`: all addresses).
    public var hostIP: String?
    /// The host ports (`nil`: an ephemeral port chosen by the engine).
    public var published: ClosedRange<Int>?
    /// The container ports.
    public var target: ClosedRange<Int>
    /// `tcp`, `udp` or `sctp`.
    public var transport: String

    /// Creates a mapping.
    public init(hostIP: String?, published: ClosedRange<Int>?, target: ClosedRange<Int>, transport: String) {
        self.hostIP = hostIP
        self.published = published
        self.target = target
        self.transport = transport
    }

    /// Parses compose's short syntax the way docker's `nat.ParsePortSpec` does; the error says
    /// what is wrong without quoting anything secret.
    public static func parse(short text: String) -> Result<PortMapping, PortSyntaxError> {
        var spec = Substring(text)
        var transport = "tcp"
        if let slash = spec.lastIndex(ofASCII: UInt8(ascii: "/")) {
            transport = Self.transportName(spec[spec.index(after: slash)...])
            spec = spec[..<slash]
            guard transport == "tcp" || transport == "udp" || transport == "sctp" else {
                return .failure(PortSyntaxError("Unknown protocol \(transport); expected tcp, udp or sctp"))
            }
        }
        // `[address:][host:]container`: the container port after the last `:`, the host port
        // between the last two, the address (which may hold colons itself) before those.
        let container: String
        var host = ""
        var address = ""
        if let lastColon = spec.lastIndex(ofASCII: UInt8(ascii: ":")) {
            container = String(spec[spec.index(after: lastColon)...])
            let rest = spec[..<lastColon]
            if let secondColon = rest.lastIndex(ofASCII: UInt8(ascii: ":")) {
                host = String(rest[rest.index(after: secondColon)...])
                address = String(rest[..<secondColon])
            } else {
                host = String(rest)
            }
        } else {
            container = String(spec)
        }
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        if !address.isEmpty, !IPAddressSyntax.isValid(address) {
            return .failure(PortSyntaxError("Host address \(address) is not an IP address"))
        }
        guard !container.isEmpty else { return .failure(PortSyntaxError("No container port")) }
        guard let target = range(container) else {
            return .failure(PortSyntaxError("Container port \(container) is not a port or port range (1-65535)"))
        }
        var published: ClosedRange<Int>?
        if !host.isEmpty {
            guard let parsed = range(host) else {
                return .failure(PortSyntaxError("Host port \(host) is not a port or port range (1-65535)"))
            }
            if parsed.count > 1, target.count > 1, parsed.count != target.count {
                return .failure(PortSyntaxError("Host range \(host) and container range \(container) differ in size"))
            }
            published = parsed
        }
        return .success(PortMapping(hostIP: address.isEmpty ? nil : address, published: published, target: target,
                                    transport: transport))
    }

    /// `N` or `N-M` with 0 ≤ N ≤ M ≤ 65535 (`0` asks for an ephemeral port).
    static func range(_ text: String) -> ClosedRange<Int>? {
        let dash = text.firstIndex(ofASCII: UInt8(ascii: "-"))
        guard let low = port(text[..<(dash ?? text.endIndex)]) else { return nil }
        guard let dash else { return low...low }
        guard let high = port(text[text.index(after: dash)...]), high >= low else { return nil }
        return low...high
    }

    private static func port(_ text: Substring) -> Int? {
        // utf8.count: equal to the character count whenever every byte is a digit.
        guard !text.isEmpty, text.utf8.count <= 5 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value <= 65535 ? value : nil
    }

    /// The protocol after the `/`, lower-cased (the usual spellings without a new string).
    private static func transportName(_ text: Substring) -> String {
        if text.utf8.elementsEqual("tcp".utf8) { return "tcp" }
        if text.utf8.elementsEqual("udp".utf8) { return "udp" }
        return String(text).lowercased()
    }
}

/// Why a port specification is invalid.
public struct PortSyntaxError: Error, Sendable, Hashable {
    /// The reason.
    public var message: String

    init(_ message: String) {
        self.message = message
    }
}
