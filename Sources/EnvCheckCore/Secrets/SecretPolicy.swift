/// Which keys hold secrets, and how a secret is hidden when a value has to be shown.
///
/// The policy errs on the side of masking: a false positive only hides a harmless value in a
/// code frame, a false negative prints a password in a CI log.
public enum SecretPolicy {
    /// What a masked value is replaced with.
    public static let mask = "****"

    /// Whether a key's value should be treated as a secret.
    ///
    /// The name is split into word parts on `_ . -` (any non-alphanumeric byte) and on
    /// camelCase boundaries, then matched case-insensitively:
    /// - `PASSWORD`, `PASSWD`, `PASSPHRASE`, `SECRET`, `CREDENTIAL`, `SIGNATURE` anywhere
    ///   (`MYSQL_ROOT_PASSWORD`, `CLIENTSECRET`);
    /// - `PASS`, `PWD`, `PW` as a whole part (`SMTP_PASS`, `POSTGRES_PW`, but not `BYPASS`);
    /// - `KEY`, `TOKEN`, `AUTH`, `SALT`, `DSN`, `COOKIE` as a part or the end of one, plural
    ///   included (`API_KEY`, `APIKEY`, `ACCESS_TOKENS`, `BASICAUTH`), but not `KEYBOARD_LAYOUT`,
    ///   `AUTHOR_NAME` or `MONKEY_PATCH`.
    ///
    /// Not secret: the shell's `PWD` and `OLDPWD`, and names whose last part is `FILE`, `PATH`
    /// or `DIR` (`DB_PASSWORD_FILE` holds where the secret is, not the secret).
    public static func isSecretKey(_ name: String) -> Bool {
        let parts = wordParts(of: name)
        guard let last = parts.last else { return false }
        if parts == ["PWD"] || parts == ["OLDPWD"] { return false }
        if locationParts.contains(last), parts.count > 1 { return false }
        let joined = Array(parts.joined().utf8)
        if anywhereWordBytes.contains(where: { containsBytes(joined, $0) }) { return true }
        return parts.contains { part in
            wholeWords.contains(part) || endingWords.contains { word in
                matchesEnding(part, word) || (part.hasSuffix("S") && matchesEnding(String(part.dropLast()), word))
            }
        }
    }

    /// Replaces the password of every `scheme://user:password@host` in `value` with `****`.
    ///
    /// The user name and host stay visible; an empty password stays empty. A password with
    /// an unencoded `/` or `@` is still masked whole (the last `@` before the next space ends it).
    public static func maskURLPassword(_ value: String) -> String {
        let bytes = Array(value.utf8)
        let masked = maskURLPasswords(in: bytes)
        return masked == bytes ? value : String(decoding: masked, as: UTF8.self)
    }

    /// The byte version of `maskURLPassword(_:)`, for callers that work on file bytes.
    public static func maskURLPasswords(in bytes: [UInt8]) -> [UInt8] {
        URLPasswordScanner.mask(bytes)
    }

    /// Masks a line of a file that is not parsed as `.env` (a compose file, say): the value of a
    /// secret-looking `KEY: value` or `- KEY=value`, and URL passwords anywhere.
    public static func maskLine(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var output: [UInt8] = []
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var cursor = lineStart
            for range in LooseLineMasker.ranges(in: bytes, line: lineStart..<lineEnd) {
                output += bytes[cursor..<range.lowerBound] + Array(mask.utf8)
                cursor = range.upperBound
            }
            output += bytes[cursor..<lineEnd]
            if lineEnd < bytes.count { output.append(UInt8(ascii: "\n")) }
            lineStart = lineEnd + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Word parts

    private static let anywhereWords = ["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "CREDENTIAL", "SIGNATURE"]
    private static let wholeWords: Set<String> = ["PASS", "PWD", "PW"]
    private static let endingWords = ["KEY", "TOKEN", "AUTH", "SALT", "DSN", "COOKIE"]
    /// English words that end like a secret word but are not one.
    private static let notSecretWords: Set<String> = [
        "MONKEY", "TURKEY", "HOCKEY", "WHISKEY", "DONKEY", "JOCKEY", "HOTKEY", "BASALT",
    ]
    private static let locationParts: Set<String> = ["FILE", "PATH", "DIR"]

    /// `wordParts` for an ASCII name, byte by byte (the common case, and the hot one when
    /// `print` masks a 100,000-line file).
    private static func asciiWordParts(of name: String) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var previousWasLowerOrDigit = false
        for byte in name.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isUpper || isLower || isDigit else {
                if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLowerOrDigit = false
                continue
            }
            if isUpper, previousWasLowerOrDigit, !current.isEmpty {
                parts.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(isLower ? byte - 0x20 : byte)
            previousWasLowerOrDigit = !isUpper
        }
        if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
        return parts
    }

    private static let anywhereWordBytes = anywhereWords.map { Array($0.utf8) }

    private static func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    private static func matchesEnding(_ part: String, _ word: String) -> Bool {
        part.hasSuffix(word) && !notSecretWords.contains(part)
    }

    /// The upper-cased word parts of a key: split on any byte that is not a letter or digit,
    /// and between a lower-case letter or digit and an upper-case letter (`apiKey` → API, KEY).
    static func wordParts(of name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWordParts(of: name) }
        var parts: [String] = []
        var current = ""
        var previousWasLowerOrDigit = false
        for scalar in name.unicodeScalars {
            let isUpper = scalar.properties.isUppercase
            let isAlnum = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard isAlnum else {
                if !current.isEmpty { parts.append(current) }
                current = ""
                previousWasLowerOrDigit = false
                continue
            }
            if isUpper, previousWasLowerOrDigit, !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current += String(scalar).uppercased()
            previousWasLowerOrDigit = !isUpper
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
