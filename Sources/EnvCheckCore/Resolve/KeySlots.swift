#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct keys of a `.env` file, each given a slot number in order of first appearance.
///
/// Keys are hashed straight from the file's bytes, so no string is made per statement. Keys are
/// the same when their strings are equal, as with `[String: Int]`: for ASCII keys (nearly every
/// file) that is byte equality; a file with a non-ASCII key, or a lookup by a non-ASCII name,
/// goes through a string dictionary instead (Swift compares strings by canonical equivalence, so
/// the Kelvin sign `K` equals `K`).
struct KeySlots {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Open addressing: slot + 1, or 0 for an empty bucket. A power of two long.
    private var buckets: [Int32] = []
    /// Per slot: where its key lies in `bytes`, and its hash.
    private var keyStarts: [UInt32] = []
    private var keyEnds: [UInt32] = []
    private var hashes: [UInt32] = []
    /// Every key to its slot, when the bytes cannot decide (see above); else built on first use.
    private var strings: [String: Int32]?
    private let byteKeyed: Bool

    /// The number of slots.
    private(set) var count = 0

    /// A table for about `capacity` keys of `bytes`; `asciiKeys` says that every key is ASCII.
    init(bytes: [UInt8], capacity: Int, asciiKeys: Bool) {
        self.bytes = bytes
        byteKeyed = asciiKeys
        if asciiKeys {
            var size = 16
            while size < 2 * capacity { size <<= 1 }
            buckets = [Int32](repeating: 0, count: size)
            keyStarts.reserveCapacity(capacity)
            keyEnds.reserveCapacity(capacity)
            hashes.reserveCapacity(capacity)
        } else {
            strings = [:]
            strings?.reserveCapacity(capacity)
        }
    }

    /// The slot of the key at `range`, made when the key is new.
    mutating func slot(forKeyAt range: Range<Int>) -> Int {
        guard byteKeyed else {
            let key = String(decoding: bytes[range], as: UTF8.self)
            if let slot = strings![key] { return Int(slot) }
            strings![key] = Int32(count)
            count += 1
            return count - 1
        }
        let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range])) }
        let mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while buckets[bucket] != 0 {
            let slot = Int(buckets[bucket]) - 1
            if hashes[slot] == hash, keyEquals(slot, range) { return slot }
            bucket = (bucket + 1) & mask
        }
        buckets[bucket] = Int32(count + 1)
        keyStarts.append(UInt32(range.lowerBound))
        keyEnds.append(UInt32(range.upperBound))
        hashes.append(hash)
        count += 1
        return count - 1
    }

    /// The slot of the key equal to `name`, if the file has it. `asciiHash` is
    /// `KeySlots.asciiHash(of: name)`, when the caller has it already.
    mutating func slot(named name: String, asciiHash: UInt32?? = .none) -> Int? {
        // An ASCII name equals an ASCII key exactly when their bytes do.
        if byteKeyed, let hash = asciiHash ?? Self.asciiHash(of: name) {
            var name = name
            return name.withUTF8 { find($0, hash: hash) }
        }
        if strings == nil { strings = stringTable() }
        return strings![name].map { Int($0) }
    }

    /// The hash of an ASCII name as keys are hashed, or `nil` when the name is not ASCII.
    static func asciiHash(of name: String) -> UInt32? {
        var name = name
        return name.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } ? hash(utf8) : nil }
    }

    private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while buckets[bucket] != 0 {
            let slot = Int(buckets[bucket]) - 1
            if hashes[slot] == hash, Int(keyEnds[slot] - keyStarts[slot]) == utf8.count, bytes.withUnsafeBufferPointer({ buffer in
                utf8.isEmpty || memcmp(buffer.baseAddress! + Int(keyStarts[slot]), utf8.baseAddress!, utf8.count) == 0
            }) {
                return slot
            }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    /// Every key (as a string) to its slot; the first key of a slot wins, as later ones are equal.
    private func stringTable() -> [String: Int32] {
        var table: [String: Int32] = [:]
        table.reserveCapacity(count)
        for slot in 0..<count {
            let key = String(decoding: bytes[Int(keyStarts[slot])..<Int(keyEnds[slot])], as: UTF8.self)
            if table[key] == nil { table[key] = Int32(slot) }
        }
        return table
    }

    private func keyEquals(_ slot: Int, _ range: Range<Int>) -> Bool {
        let start = Int(keyStarts[slot]), end = Int(keyEnds[slot])
        guard end - start == range.count else { return false }
        return range.isEmpty || bytes.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + start, buffer.baseAddress! + range.lowerBound, range.count) == 0
        }
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
