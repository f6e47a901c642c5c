import NIOCore

/// Reads RESP values out of a growing buffer: `nil` means "not complete yet, read more".
public enum RESPParser {
    /// A reply that is not RESP.
    public struct MalformedReply: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The most nesting and the longest bulk string accepted from a server (a probe reads
    /// tiny replies; anything larger is not the server it expects).
    static let maximumDepth = 32
    static let maximumLength = 1 << 20

    /// Parses one value from the front of `buffer`, consuming it; leaves the buffer alone and
    /// returns nil when the value is not complete.
    public static func parse(_ buffer: inout ByteBuffer) throws(MalformedReply) -> RESPValue? {
        var copy = buffer
        guard let value = try parseValue(&copy, depth: 0) else { return nil }
        buffer = copy
        return value
    }

    private static func parseValue(_ buffer: inout ByteBuffer, depth: Int) throws(MalformedReply) -> RESPValue? {
        guard depth < maximumDepth else { throw MalformedReply(description: "reply nested too deeply") }
        guard let marker = buffer.readInteger(as: UInt8.self) else { return nil }
        guard let line = readLine(&buffer) else { return nil }
        switch marker {
        case UInt8(ascii: "+"): return .simpleString(line)
        case UInt8(ascii: "-"), UInt8(ascii: "!"): return .error(line)
        case UInt8(ascii: ":"): return .integer(try integer(line))
        case UInt8(ascii: "_"): return .bulkString(nil)
        case UInt8(ascii: "#"): return .integer(line == "t" ? 1 : 0)
        case UInt8(ascii: ","), UInt8(ascii: "("): return .simpleString(line)
        case UInt8(ascii: "$"), UInt8(ascii: "="):
            let length = try integer(line)
            if length < 0 { return .bulkString(nil) }
            guard length <= maximumLength else { throw MalformedReply(description: "bulk string of \(length) bytes") }
            guard buffer.readableBytes >= length + 2, let bytes = buffer.readBytes(length: length) else { return nil }
            buffer.moveReaderIndex(forwardBy: 2)
            return .bulkString(bytes)
        case UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "|"):
            var count = try integer(line)
            if count < 0 { return .array(nil) }
            if marker == UInt8(ascii: "%") || marker == UInt8(ascii: "|") { count *= 2 }
            guard count <= maximumLength else { throw MalformedReply(description: "aggregate of \(count) elements") }
            var elements: [RESPValue] = []
            for _ in 0..<count {
                guard let element = try parseValue(&buffer, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            if marker == UInt8(ascii: "|") {  // an attribute precedes the real reply
                return try parseValue(&buffer, depth: depth + 1)
            }
            return .array(elements)
        default:
            throw MalformedReply(description: "not a Redis reply (starts with byte \(marker))")
        }
    }

    private static func readLine(_ buffer: inout ByteBuffer) -> String? {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\r")),
              end + 1 < buffer.writerIndex,
              buffer.getInteger(at: end + 1, as: UInt8.self) == UInt8(ascii: "\n") else {
            return nil
        }
        let line = buffer.readString(length: end - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 2)
        return line
    }

    private static func integer(_ text: String) throws(MalformedReply) -> Int {
        guard let value = Int(text) else { throw MalformedReply(description: "bad number in reply") }
        return value
    }
}
