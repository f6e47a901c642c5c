#if canImport(Glibc)
import Glibc
#endif

/// The TCP ports this machine listens on, and which process holds each one — read from
/// `/proc/net/tcp{,6}` and `/proc/PID/fd` on Linux (what `lsof -ti:PORT` answers).
public struct ListeningSockets: Sendable {
    /// A listening socket.
    public struct Listener: Sendable, Hashable {
        /// The local address: 4 bytes (IPv4) or 16 (IPv6); all zero for "every interface".
        public var address: [UInt8]
        /// The port.
        public var port: Int
        /// The socket's inode, the key that links it to a process.
        public var inode: UInt64
        /// The processes holding it (empty when they are not visible to this user).
        public var owners: [ProcessIdentity]
    }

    /// A process: its id and its command name (`/proc/PID/comm`).
    public struct ProcessIdentity: Sendable, Hashable, CustomStringConvertible {
        public var pid: Int32
        public var command: String
        public var description: String { "\(command) (pid \(pid))" }
    }

    /// Every listening TCP socket.
    public var listeners: [Listener]

    /// Reads the current listeners; empty where `/proc` is not available.
    public static func current() -> ListeningSockets {
        var listeners = Self.parse(table: (try? FileSystem.read("/proc/net/tcp")) ?? [])
            + Self.parse(table: (try? FileSystem.read("/proc/net/tcp6")) ?? [])
        guard !listeners.isEmpty else { return ListeningSockets(listeners: []) }
        let owners = socketOwners(of: Set(listeners.map(\.inode)))
        for index in listeners.indices { listeners[index].owners = owners[listeners[index].inode] ?? [] }
        return ListeningSockets(listeners: listeners)
    }

    /// The listeners on `port` (any address).
    public func listeners(on port: Int) -> [Listener] {
        listeners.filter { $0.port == port }
    }

    /// The processes holding a listener on `port`, each once, by pid (empty when the port is
    /// free or its holders are not visible to this user).
    public func owners(on port: Int) -> [ProcessIdentity] {
        Set(listeners(on: port).flatMap(\.owners)).sorted { $0.pid < $1.pid }
    }

    /// The listening rows of a `/proc/net/tcp` or `tcp6` table (state `0A`).
    static func parse(table bytes: [UInt8]) -> [Listener] {
        var result: [Listener] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")).dropFirst() {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count > 9, fields[3].elementsEqual("0A".utf8) else { continue }
            let local = fields[1].split(separator: UInt8(ascii: ":"))
            guard local.count == 2, let port = Int(String(decoding: local[1], as: UTF8.self), radix: 16),
                  let inode = UInt64(String(decoding: fields[9], as: UTF8.self)) else { continue }
            result.append(Listener(address: kernelAddress(Array(local[0])), port: port, inode: inode, owners: []))
        }
        return result
    }

    /// The kernel prints addresses as 32-bit words in host byte order (little-endian here).
    private static func kernelAddress(_ hex: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while index + 8 <= hex.count {
            let word = UInt32(String(decoding: hex[index..<index + 8], as: UTF8.self), radix: 16) ?? 0
            bytes += [UInt8(word & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word >> 16 & 0xFF), UInt8(word >> 24)]
            index += 8
        }
        return bytes
    }

    /// Which processes hold each of `inodes`, by reading the `socket:[INODE]` links of every
    /// visible process's file descriptors.
    private static func socketOwners(of inodes: Set<UInt64>) -> [UInt64: [ProcessIdentity]] {
        var owners: [UInt64: [ProcessIdentity]] = [:]
        guard let processes = try? FileSystem.contents(of: "/proc") else { return owners }
        for entry in processes {
            guard let pid = Int32(entry), let descriptors = try? FileSystem.contents(of: "/proc/\(entry)/fd") else { continue }
            var command: String?
            for descriptor in descriptors {
                guard let target = linkTarget("/proc/\(entry)/fd/\(descriptor)"), target.hasPrefix("socket:["),
                      let inode = UInt64(target.dropFirst(8).dropLast()), inodes.contains(inode) else { continue }
                if command == nil { command = commandName(of: entry) }
                let identity = ProcessIdentity(pid: pid, command: command ?? "?")
                if owners[inode]?.contains(identity) != true { owners[inode, default: []].append(identity) }
            }
        }
        return owners
    }

    private static func commandName(of pid: String) -> String {
        let bytes = (try? FileSystem.read("/proc/\(pid)/comm")) ?? []
        return String(decoding: bytes, as: UTF8.self).trimmingTrailingNewline
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 128)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

private extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
