/// Reads `X-Forwarded-For` as the `forwarded` package (used by Express through proxy-addr) does.
public enum ForwardedFor {
    /// The addresses of the header values, nearest hop first: split at commas, spaces (only
    /// U+0020) trimmed, empty items dropped. Several header lines are joined with `, `, as
    /// Node.js joins repeated `X-Forwarded-For` headers.
    public static func addresses(_ values: [String]) -> [String] {
        var list: [String] = []
        for value in values.reversed() {
            for item in value.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).reversed() {
                let trimmed = item.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
                if !trimmed.isEmpty { list.append(String(decoding: Array(trimmed), as: UTF8.self)) }
            }
        }
        return list
    }
}
