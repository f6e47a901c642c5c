/// The 64-bit FNV-1a hash: tiny, stable across runs and platforms (unlike `Hasher`), and
/// good enough to tell findings apart in SARIF fingerprints. Not a cryptographic hash: never
/// feed it a secret.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in bytes.
    mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// Mixes in a string's UTF-8 and a separator byte, so `("ab", "c")` and `("a", "bc")` differ.
    mutating func combine(field: String) {
        combine(field.utf8)
        combine([0])
    }

    /// The hash as 16 lower-case hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
