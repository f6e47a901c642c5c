/// Request ids: a client's `X-Request-ID` is kept when it is sane, else one is generated.
public enum RequestID {
    /// The longest id accepted from a client.
    public static let maximumLength = 128

    /// Whether a client's id can be kept: 1–128 visible ASCII characters (`!` to `~`), so it
    /// cannot break a log line or a header.
    public static func isAcceptable(_ text: String) -> Bool {
        let utf8 = text.utf8
        return !utf8.isEmpty && utf8.count <= maximumLength && utf8.allSatisfy { $0 >= 0x21 && $0 <= 0x7E }
    }

    /// A new id: 128 random bits as 32 lowercase hexadecimal digits.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        for _ in 0..<2 {
            var value = generator.next() as UInt64
            for _ in 0..<16 {
                bytes.append(digits[Int(value & 0xF)])
                value >>= 4
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id for a request that sent `header` (nil when it sent none).
    public static func choose(from header: String?) -> String {
        if let header, isAcceptable(header) { return header }
        return generate()
    }
}
