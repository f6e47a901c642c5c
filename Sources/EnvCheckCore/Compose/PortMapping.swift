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
        var text = text
        // Over the bytes: every separator is ASCII, so it is never part of another character.
        return text.withUTF8(parse(shortBytes:))
    }

    private static func parse(shortBytes bytes: UnsafeBufferPointer<UInt8>) -> Result<PortMapping, PortSyntaxError> {
        var end = bytes.count
        var transport = "tcp"
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) {
            transport = Self.transportName(bytes[(slash + 1)...])
            end = slash
            guard transport == "tcp" || transport == "udp" || transport == "sctp" else {
                return .failure(PortSyntaxError("Unknown protocol \(transport); expected tcp, udp or sctp"))
            }
        }
        // `[address:][host:]container`: the container port after the last `:`, the host port
        // between the last two, the address (which may hold colons itself) before those.
        var container = bytes[0..<end]
        var host = bytes[0..<0]
        var address = ""
        if let lastColon = bytes[..<end].lastIndex(of: UInt8(ascii: ":")) {
            container = bytes[(lastColon + 1)..<end]
            if let secondColon = bytes[..<lastColon].lastIndex(of: UInt8(ascii: ":")) {
                host = bytes[(secondColon + 1)..<lastColon]
                address = String(decoding: bytes[0..<secondColon], as: UTF8.self)
            } else {
                host = bytes[0..<lastColon]
            }
        }
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        if !address.isEmpty, !IPAddressSyntax.isValid(address) {
            return .failure(PortSyntaxError("Host address \(address) is not an IP address"))
        }
        guard !container.isEmpty else { return .failure(PortSyntaxError("No container port")) }
        guard let target = range(container) else {
            return .failure(PortSyntaxError("Container port \(string(container)) is not a port or port range (1-65535)"))
        }
        var published: ClosedRange<Int>?
        if !host.isEmpty {
            guard let parsed = range(host) else {
                return .failure(PortSyntaxError("Host port \(string(host)) is not a port or port range (1-65535)"))
            }
            if parsed.count > 1, target.count > 1, parsed.count != target.count {
                return .failure(PortSyntaxError(
                    "Host range \(string(host)) and container range \(string(container)) differ in size"))
            }
            published = parsed
        }
        return .success(PortMapping(hostIP: address.isEmpty ? nil : address, published: published, target: target,
                                    transport: transport))
    }

    /// `N` or `N-M` with 0 ≤ N ≤ M ≤ 65535 (`0` asks for an ephemeral port).
    static func range(_ text: String) -> ClosedRange<Int>? {
        var text = text
        return text.withUTF8 { range($0[...]) }
    }

    private static func range(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> ClosedRange<Int>? {
        let dash = bytes.firstIndex(of: UInt8(ascii: "-"))
        guard let low = port(bytes[..<(dash ?? bytes.endIndex)]) else { return nil }
        guard let dash else { return low...low }
        guard let high = port(bytes[(dash + 1)...]), high >= low else { return nil }
        return low...high
    }

    private static func port(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 5 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value <= 65535 ? value : nil
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The protocol after the `/`, lower-cased (the usual spellings without a new string).
    private static func transportName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        if bytes.elementsEqual("tcp".utf8) { return "tcp" }
        if bytes.elementsEqual("udp".utf8) { return "udp" }
        return string(bytes).lowercased()
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
