import EnvCheckCore

/// Compares a presented secret with the expected one in constant time.
enum SecretComparison {
    /// Whether `presented` equals `expected`. Both are hashed with SHA-256 first and the
    /// digests compared byte by byte without an early exit, so neither the position of the
    /// first difference nor the expected key's length shows in the time taken.
    static func matches(_ presented: String, _ expected: String) -> Bool {
        let left = SHA256.hash(Array(presented.utf8))
        let right = SHA256.hash(Array(expected.utf8))
        var difference: UInt8 = 0
        for index in 0..<left.count { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
