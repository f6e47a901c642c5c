#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import EnvCheckCore

/// Finds which process listens on a TCP port (Linux: `/proc/net/tcp{,6}` for the socket's
/// inode, then `/proc/*/fd` for its owner), for the "port already in use" message.
public enum PortOwner {
    /// The owner as `name (pid N)`, or nil when it cannot be found (another user's process,
    /// no `/proc`).
    public static func describe(port: Int) -> String? {
        let inodes = listeningInodes(port: port)
        guard !inodes.isEmpty, let pid = pid(owningAny: inodes) else { return nil }
        let name = (try? FileSystem.read("/proc/\(pid)/comm")).map { String(decoding: $0, as: UTF8.self) }?
            .trimmingTrailingNewlines()
        return name.map { "\($0) (pid \(pid))" } ?? "pid \(pid)"
    }

    /// The inodes of the listening sockets on `port`.
    static func listeningInodes(port: Int) -> Set<String> {
        var inodes: Set<String> = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let bytes = try? FileSystem.read(table) else { continue }
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                guard fields.count > 9, fields[3] == "0A",
                      let portText = fields[1].split(separator: ":").last, Int(portText, radix: 16) == port else { continue }
                inodes.insert(String(fields[9]))
            }
        }
        return inodes
    }

    private static func pid(owningAny inodes: Set<String>) -> Int? {
        let targets = Set(inodes.map { "socket:[\($0)]" })
        for pid in entries(of: "/proc").compactMap({ Int($0) }) {
            for fd in entries(of: "/proc/\(pid)/fd") where targets.contains(link("/proc/\(pid)/fd/\(fd)") ?? "") {
                return pid
            }
        }
        return nil
    }

    private static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" { text.removeLast() }
        return String(text)
    }
}
