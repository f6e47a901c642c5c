/// Finds the passwords of `scheme://user:password@host` URLs in bytes and masks them.
///
/// A URL's extent is taken generously (up to the next space, quote or `://`) and its user
/// information ends at the *last* `@` in it, so a password with an unencoded `@` or `/` is
/// masked whole rather than leaked in part; the price is that an `@` later in a query string
/// may hide a little more than the password.
enum URLPasswordScanner {
    /// `bytes` with every URL password replaced by `SecretPolicy.mask`.
    static func mask(_ bytes: [UInt8]) -> [UInt8] {
        let ranges = passwordRanges(in: bytes)
        guard !ranges.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for range in ranges {
            out += bytes[cursor..<range.lowerBound]
            out += Array(SecretPolicy.mask.utf8)
            cursor = range.upperBound
        }
        out += bytes[cursor...]
        return out
    }

    /// The byte ranges of the non-empty URL passwords in `bytes`, in order.
    static func passwordRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while let separator = schemeSeparator(in: bytes, from: index) {
            let start = separator + 3
            let end = scopeEnd(in: bytes, from: start)
            index = start
            guard let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")),
                  let colon = bytes[start..<at].firstIndex(of: UInt8(ascii: ":"))
            else { continue }
            if colon + 1 < at { ranges.append(colon + 1..<at) }
            index = at
        }
        return ranges
    }

    private static func schemeSeparator(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"),
               bytes[index + 2] == UInt8(ascii: "/") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where the URL that starts at `start` surely ends: a space, a quote, or the next `://`.
    private static func scopeEnd(in bytes: [UInt8], from start: Int) -> Int {
        let nextURL = schemeSeparator(in: bytes, from: start) ?? bytes.count
        var index = start
        while index < nextURL {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                return index
            default:
                index += 1
            }
        }
        return nextURL
    }
}
