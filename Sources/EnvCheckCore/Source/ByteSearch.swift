#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches for the scans that run over every line or value of a large file: short ranges
/// (most values) eight bytes at a time in line, longer ones with the C library's `memchr`.
public enum ByteSearch {
    /// The first index of `byte` in `bytes[range]`, or `range.upperBound` when there is none.
    @inline(__always)
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.upperBound }
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range out of bounds")
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            guard range.count < 64 else {
                guard let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return range.upperBound }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            return shortSearch(byte, UnsafeRawPointer(base), range)
        }
    }

    /// Whether `bytes[range]` contains `byte`.
    @inline(__always)
    public static func contains(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        firstIndex(of: byte, in: bytes, range) < range.upperBound
    }

    /// Whether `bytes[range]` has a byte of at least `threshold` (at most 0x80): eight bytes at a
    /// time, adding `0x80 - threshold` to each byte's low seven bits (no carry between bytes) sets
    /// the top bit of the bytes at or above it, and a byte of 0x80 or more has it set already.
    public static func containsByte(atLeast threshold: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        precondition(threshold <= 0x80 && range.lowerBound >= 0 && range.upperBound <= bytes.count)
        guard !range.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var index = range.lowerBound
            let add = UInt64(0x80 - threshold) &* 0x0101_0101_0101_0101
            while index + 8 <= range.upperBound {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ add | word) & 0x8080_8080_8080_8080 != 0 { return true }
                index += 8
            }
            while index < range.upperBound {
                if base.load(fromByteOffset: index, as: UInt8.self) >= threshold { return true }
                index += 1
            }
            return false
        }
    }

    /// Eight bytes at a time: a word whose byte equals `byte` has a zero byte once XORed with
    /// `byte` repeated, and `(x - 0x01…01) & ~x & 0x80…80` flags the first zero byte exactly (on a
    /// little-endian machine, the lowest flag; bytes above it may be flagged wrongly, which does
    /// not matter). The tail is searched byte by byte.
    @inline(__always)
    private static func shortSearch(_ byte: UInt8, _ base: UnsafeRawPointer, _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        #if _endian(little)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while index + 8 <= range.upperBound {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
            let flags = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        #endif
        while index < range.upperBound {
            if base.load(fromByteOffset: index, as: UInt8.self) == byte { return index }
            index += 1
        }
        return range.upperBound
    }
}
