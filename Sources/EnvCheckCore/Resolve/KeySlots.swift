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
    /// Open addressing, a power of two long: 0 for an empty bucket, else the key's hash in the
    /// high 32 bits and its slot + 1 in the low ones (a probe compares hashes without leaving
    /// the table).
    private var buckets: [UInt64] = []
    /// Per slot: where its key lies in `bytes`, start in the low 32 bits, end in the high ones
    /// (one array: one cache miss to compare a key).
    private var keyRanges: [UInt64] = []
    /// Every key to its slot, when the bytes cannot decide (see above); else built on first use.
    private var strings: [String: Int32]?
    private let byteKeyed: Bool

    /// The number of slots.
    private(set) var count = 0
    /// The slot of each statement's key, in file order.
    private(set) var statementSlots: [Int32] = []
    /// The hash of each statement's key (byte-keyed tables only).
    private var statementHashes: [UInt32] = []
    /// The slots of keys named by recent statements, by hash (as `buckets`, direct-mapped): a
    /// `.env` file mostly interpolates keys set a few lines above, whose buckets in the large
    /// table are long out of the processor's caches.
    private var recent: [UInt64] = []
    private static let recentMask = 1023

    /// The slots of the keys of `file`'s statements.
    init(file: EnvFile) {
        bytes = file.source.bytes
        byteKeyed = file.hasOnlyASCIIKeys
        let summaries = file.summaries
        statementSlots.reserveCapacity(summaries.count)
        guard byteKeyed else {
            var strings: [String: Int32] = [:]
            strings.reserveCapacity(summaries.count)
            for index in summaries.indices {
                let key = file.key(at: index)
                if let slot = strings[key] {
                    statementSlots.append(slot)
                } else {
                    strings[key] = Int32(count)
                    statementSlots.append(Int32(count))
                    count += 1
                }
            }
            self.strings = strings
            return
        }
        // The hashes first, in one pass over the keys; then the table, in a tight loop whose
        // memory accesses (random, by nature) the processor can overlap.
        let hashes = bytes.withUnsafeBufferPointer { buffer in
            summaries.map { Self.hash(UnsafeBufferPointer(rebasing: buffer[$0.keyRange])) }
        }
        var size = 16
        while size < summaries.count + summaries.count / 4 { size <<= 1 }
        buckets = [UInt64](repeating: 0, count: size)
        keyRanges.reserveCapacity(summaries.count)
        for (index, hash) in hashes.enumerated() {
            statementSlots.append(Int32(insert(summaries[index].keyRange, hash: hash)))
        }
        statementHashes = hashes
        recent = [UInt64](repeating: 0, count: Self.recentMask + 1)
    }

    /// Notes that statement `index` was just resolved, so that lookups of its key are quick.
    mutating func noteRecent(statement index: Int) {
        guard byteKeyed else { return }
        let hash = statementHashes[index]
        recent[Int(hash) & Self.recentMask] = UInt64(hash) << 32 | UInt64(statementSlots[index] + 1)
    }

    /// The slot of the key at `range` whose hash is `hash`, made when the key is new.
    private mutating func insert(_ range: Range<Int>, hash: UInt32) -> Int {
        let (found, bucket) = probe(hash: hash) { keyEquals($0, range) }
        if let found { return found }
        buckets[bucket] = UInt64(hash) << 32 | UInt64(count + 1)
        keyRanges.append(UInt64(range.upperBound) << 32 | UInt64(range.lowerBound))
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
        let cached = recent[Int(hash) & Self.recentMask]
        if cached != 0, UInt32(truncatingIfNeeded: cached >> 32) == hash,
           case let slot = Int(truncatingIfNeeded: cached & 0xFFFF_FFFF) - 1, keyEquals(slot, utf8) {
            return slot
        }
        return probe(hash: hash) { keyEquals($0, utf8) }.slot
    }

    /// Walks the buckets from `hash` (linear probing): the slot of the first entry with that hash
    /// whose key `matches`, or nil and the empty bucket where such a key would go.
    @inline(__always)
    private func probe(hash: UInt32, matches: (Int) -> Bool) -> (slot: Int?, bucket: Int) {
        let mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while buckets[bucket] != 0 {
            let entry = buckets[bucket]
            let slot = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: entry >> 32) == hash, matches(slot) { return (slot, bucket) }
            bucket = (bucket + 1) & mask
        }
        return (nil, bucket)
    }

    /// Every key (as a string) to its slot; the first key of a slot wins, as later ones are equal.
    private func stringTable() -> [String: Int32] {
        var table: [String: Int32] = [:]
        table.reserveCapacity(count)
        for slot in 0..<count {
            let key = String(decoding: bytes[keyRange(slot)], as: UTF8.self)
            if table[key] == nil { table[key] = Int32(slot) }
        }
        return table
    }

    /// Where the key of `slot` lies in `bytes`.
    private func keyRange(_ slot: Int) -> Range<Int> {
        let packed = keyRanges[slot]
        return Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)..<Int(truncatingIfNeeded: packed >> 32)
    }

    private func keyEquals(_ slot: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = keyRange(slot)
        guard key.count == utf8.count else { return false }
        return utf8.isEmpty || bytes.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + key.lowerBound, utf8.baseAddress!, utf8.count) == 0
        }
    }

    private func keyEquals(_ slot: Int, _ range: Range<Int>) -> Bool {
        let key = keyRange(slot), start = key.lowerBound
        guard key.count == range.count else { return false }
        return range.isEmpty || bytes.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + start, buffer.baseAddress! + range.lowerBound, range.count) == 0
        }
    }

    /// A hash of the bytes, folded to 32 bits: eight bytes at a time, multiplied and mixed (keys
    /// are short, so a byte-at-a-time hash would cost more than the table).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
