import NIOCore
import Testing
@testable import EnvCheckProbes

@Suite struct RESPParserTests {
    private func parse(_ text: String) throws -> (RESPValue?, remaining: Int) {
        var buffer = ByteBuffer(string: text)
        let value = try RESPParser.parse(&buffer)
        return (value, buffer.readableBytes)
    }

    @Test func readsEveryRESP2Type() throws {
        #expect(try parse("+PONG\r\n").0 == .simpleString("PONG"))
        #expect(try parse("-WRONGPASS invalid username-password pair\r\n").0?.errorCode == "WRONGPASS")
        #expect(try parse(":42\r\n").0 == .integer(42))
        #expect(try parse("$5\r\nhello\r\n").0 == .bulkString(Array("hello".utf8)))
        #expect(try parse("$-1\r\n").0 == .bulkString(nil))
        #expect(try parse("*2\r\n+a\r\n*1\r\n:1\r\n").0 == .array([.simpleString("a"), .array([.integer(1)])]))
        #expect(try parse("*-1\r\n").0 == .array(nil))
    }

    @Test func readsTheRESP3TypesHelloReturns() throws {
        #expect(try parse("%1\r\n+server\r\n+redis\r\n").0 == .array([.simpleString("server"), .simpleString("redis")]))
        #expect(try parse("_\r\n").0 == .bulkString(nil))
        #expect(try parse("#t\r\n").0 == .integer(1))
    }

    @Test func anIncompleteReplyIsNotConsumed() throws {
        for partial in ["+PON", "$5\r\nhel", "*2\r\n+a\r\n", "-ERR", ":1\r"] {
            let (value, remaining) = try parse(partial)
            #expect(value == nil, "\(partial.debugDescription) is not complete")
            #expect(remaining == partial.utf8.count, "\(partial.debugDescription) must stay in the buffer")
        }
    }

    @Test func leavesTheNextReplyInTheBuffer() throws {
        var buffer = ByteBuffer(string: "+OK\r\n+PONG\r\n")
        #expect(try RESPParser.parse(&buffer) == .simpleString("OK"))
        #expect(try RESPParser.parse(&buffer) == .simpleString("PONG"))
        #expect(buffer.readableBytes == 0)
    }

    @Test func somethingThatIsNotRedisIsAnError() {
        var http = ByteBuffer(string: "HTTP/1.1 400 Bad Request\r\n")
        #expect(throws: RESPParser.MalformedReply.self) { try RESPParser.parse(&http) }
        var huge = ByteBuffer(string: "$999999999\r\n")
        #expect(throws: RESPParser.MalformedReply.self) { try RESPParser.parse(&huge) }
        var deep = ByteBuffer(string: String(repeating: "*1\r\n", count: 100))
        #expect(throws: RESPParser.MalformedReply.self) { try RESPParser.parse(&deep) }
    }

    @Test func encodesCommandsAsBulkStringArrays() {
        let buffer = RESPValue.command(["AUTH", "probe", "pä ss"])
        #expect(String(buffer: buffer) == "*3\r\n$4\r\nAUTH\r\n$5\r\nprobe\r\n$6\r\npä ss\r\n")
    }
}
