#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches for the scans that run over every line or value of a large file: the first 64
/// bytes (most values and lines) eight bytes at a time in line, the rest with the C library's
/// `memchr`.
public enum ByteSearch {
    /// The first index of `byte` in `bytes[range]`, or `range.upperBound` when there is none.
    @inline(__always)
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return range.upperBound }
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range out of bounds")
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            // The first 64 bytes in line (what is looked for is nearly always there), the rest with memchr.
            let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 64)
            let found = shortSearch(byte, UnsafeRawPointer(base), head)
            guard found == head.upperBound, head.upperBound < range.upperBound else { return found }
            guard let match = memchr(base + head.upperBound, Int32(byte), range.upperBound - head.upperBound) else {
                return range.upperBound
            }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(match))
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

    /// The offset of every `byte` in `bytes`, in order, passed to `body`: eight bytes at a time,
    /// with the exact zero-byte test (`((x & 0x7F…7F) + 0x7F…7F) | x` has the top bit of each
    /// byte set unless that byte is zero, with no carry between bytes).
    public static func forEachIndex(of byte: UInt8, in bytes: [UInt8], _ body: (Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            #if _endian(little)
            let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
            while offset + 8 <= buffer.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ pattern
                var zeros = ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
                while zeros != 0 {
                    body(offset + zeros.trailingZeroBitCount / 8)
                    zeros &= zeros &- 1
                }
                offset += 8
            }
            #endif
            while offset < buffer.count {
                if buffer[offset] == byte { body(offset) }
                offset += 1
            }
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
