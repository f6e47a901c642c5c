#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file could not be read or written; the message is one line for stderr, with no value in it.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    /// The one-line message.
    public var description: String
}

/// Reading, listing and atomically writing files with the C library: no Foundation on the
/// pre-commit path.
public enum FileSystem {
    /// The largest file envcheck reads (a `.env` is kilobytes; this only stops runaway input).
    public static let maximumFileSize = 256 << 20

    /// The bytes of a file, or of standard input for `-`.
    public static func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        if path == "-" { return readAll(descriptor: 0) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(description: "\(path): \(errorText(errno))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(description: "\(path): \(errorText(errno))") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(description: "\(path): is a directory, not a file") }
        if Int(info.st_size) > maximumFileSize {
            throw FileSystemError(description: "\(path): file is larger than \(maximumFileSize >> 20) MiB")
        }
        // The size is only a hint (the file may change while it is read): the bytes are reserved
        // once instead of the array doubling its way up to them.
        return readAll(descriptor: descriptor, expectedSize: Int(info.st_size))
    }

    /// `path` relative to `directory`, unless it is absolute or the directory is the current one.
    public static func join(_ directory: String, _ path: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty || directory == "." { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// Creates a directory (one level, mode 0755).
    public static func makeDirectory(_ path: String) throws(FileSystemError) {
        guard mkdir(path, 0o755) == 0 else { throw FileSystemError(description: "\(path): \(errorText(errno))") }
    }

    /// Whether a path exists and is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size in bytes of the file at `path`, or nil when it cannot be read or is a directory
    /// (a `stat`, not a read).
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return Int(info.st_size)
    }

    /// Whether a path exists.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a directory (not `.` or `..`), sorted.
    public static func contents(of directory: String) throws(FileSystemError) -> [String] {
        guard let handle = opendir(directory) else {
            throw FileSystemError(description: "\(directory): \(errorText(errno))")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Replaces a file's content atomically: a temporary file in the same directory with the
    /// original's permissions and owner (or `mode` when given, or 0644 for a new file), flushed,
    /// then renamed over it.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t? = nil) throws(FileSystemError) {
        var original = stat()
        let hasOriginal = stat(path, &original) == 0
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).envcheck-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileSystemError(description: "\(path): cannot create a temporary file: \(errorText(errno))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: FileSystemError?
        if !writeAll(bytes, descriptor: descriptor) {
            failure = FileSystemError(description: "\(path): write failed: \(errorText(errno))")
        } else if let mode {
            _ = fchmod(descriptor, mode)
            if hasOriginal, getuid() == 0 { _ = fchown(descriptor, original.st_uid, original.st_gid) }
        } else if hasOriginal {
            _ = fchmod(descriptor, original.st_mode & 0o7777)
            if getuid() == 0 { _ = fchown(descriptor, original.st_uid, original.st_gid) }
        } else {
            _ = fchmod(descriptor, 0o644)
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = FileSystemError(description: "\(path): fsync failed: \(errorText(errno))")
        }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 {
            failure = FileSystemError(description: "\(path): cannot replace the file: \(errorText(errno))")
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func readAll(descriptor: Int32, expectedSize: Int = 0) -> [UInt8] {
        // The expected bytes go straight into the result (no staging buffer, no copy); whatever
        // the file grew by meanwhile is read after them.
        var result = [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                initialized += count
            }
        }
        guard result.count == expectedSize else { return result }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            result.append(contentsOf: buffer[0..<count])
            if result.count > maximumFileSize { break }
        }
        return result
    }

    private static func writeAll(_ bytes: [UInt8], descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// `strerror` text for an errno value.
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
