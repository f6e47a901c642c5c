import NIOCore

/// A value of the Redis serialisation protocol (RESP2, and the RESP3 types `HELLO 3` returns).
public enum RESPValue: Sendable, Hashable {
    /// `+OK`
    case simpleString(String)
    /// `-ERR …`: the first word is the error code (`WRONGPASS`, `NOAUTH`, `LOADING`).
    case error(String)
    /// `:42`
    case integer(Int)
    /// `$5\r\nhello`, or nil for `$-1` (and RESP3's `_`).
    case bulkString([UInt8]?)
    /// `*2 …`, or nil for `*-1`; RESP3 maps, sets and pushes are read as arrays too.
    case array([RESPValue]?)

    /// The error code of an error reply: its first word (`WRONGPASS`).
    public var errorCode: String? {
        guard case .error(let message) = self else { return nil }
        return String(message.prefix { $0 != " " })
    }

    /// Encodes a command as an array of bulk strings.
    public static func command(_ words: [String]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeString("*\(words.count)\r\n")
        for word in words {
            buffer.writeString("$\(word.utf8.count)\r\n")
            buffer.writeString(word)
            buffer.writeString("\r\n")
        }
        return buffer
    }
}
