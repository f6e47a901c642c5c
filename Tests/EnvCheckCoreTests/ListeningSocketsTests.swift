import Foundation
import Testing
@testable import EnvCheckCore

@Suite struct ListeningSocketsTests {
    @Test func readsTheListeningRowsOfAProcNetTable() {
        let table = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 0100007F:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0
           1: 0100007F:0BB8 0100007F:A2C4 01 00000000:00000000 00:00000000 00000000     0        0 4343 1 0000000000000000 20 4 30 10 -1
           2: 00000000:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000   109        0 77 1 0000000000000000 100 0 0 10 0

        """
        let listeners = ListeningSockets.parse(table: Array(table.utf8))
        #expect(listeners.map(\.port) == [3000, 5432], "only state 0A (LISTEN) rows")
        #expect(listeners[0].address == [127, 0, 0, 1])
        #expect(listeners[0].inode == 4242)
        #expect(listeners[1].address == [0, 0, 0, 0])
    }

    @Test func findsThisProcessHoldingAPortItListensOn() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        #expect(listen(descriptor, 1) == 0)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let sockets = ListeningSockets.current()
        let owners = sockets.listeners(on: port).flatMap(\.owners)
        #expect(owners.contains { $0.pid == getpid() }, "this test process holds port \(port)")

        let claim = PortClaim(name: "PORT", port: port, isAppListener: true, path: ".env",
                              range: SourceRange(start: .init(line: 2, column: 6), end: .init(line: 2, column: 10)))
        let conflict = try #require(claim.conflict(in: sockets))
        #expect(conflict.ruleID == "port-in-use")
        #expect(conflict.message.contains("PORT \(port) is already in use by"))
        #expect(conflict.message.contains("pid \(getpid())"))
        var composePort = claim
        composePort.isAppListener = false
        #expect(composePort.conflict(in: sockets) == nil, "a running compose service holds its own port")
    }
}
