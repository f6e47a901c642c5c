#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches with the C library's `memchr` (vectorised), for the scans that run over every
/// line of a large file.
enum ByteSearch {
    /// The first index of `byte` in `bytes[range]`, or `range.upperBound` when there is none.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.upperBound }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            guard let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return range.upperBound }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// Whether `bytes[range]` contains `byte`.
    @inline(__always)
    static func contains(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        firstIndex(of: byte, in: bytes, range) < range.upperBound
    }
}
