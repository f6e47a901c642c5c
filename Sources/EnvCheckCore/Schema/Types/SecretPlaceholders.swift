/// Recognises values that stand in for a secret rather than being one.
enum SecretPlaceholders {
    /// Words that, alone (ignoring case, and digits or punctuation after them), are placeholders.
    static let words: Set<String> = [
        "changeme", "change-me", "change_me", "changeit", "change-it", "replaceme", "replace-me", "replace_me",
        "secret", "password", "passwd", "passw0rd", "pass", "todo", "tbd", "fixme", "example", "sample",
        "test", "testing", "dummy", "placeholder", "default", "none", "null", "nil", "undefined", "empty",
        "insecure", "letmein", "admin", "qwerty", "abc", "abcdef", "foobar", "foo", "bar",
    ]

    /// Why `text` is a placeholder, or nil. `extra` are the schema's own placeholders (exact,
    /// ignoring case).
    static func reason(_ text: String, extra: [String]) -> String? {
        let folded = text.lowercased()
        if extra.contains(where: { $0.lowercased() == folded }) { return "is a placeholder listed in the schema" }
        if words.contains(stripTrailingDigits(folded)) { return "is a placeholder word" }
        if folded.contains("changeme") || folded.contains("change-me") || folded.contains("change_me")
            || folded.contains("replace-me") || folded.contains("replaceme") || folded.contains("replace_me") {
            return "contains a placeholder (change me)"
        }
        if folded.hasPrefix("your"), folded.hasSuffix("here") { return "is a your-…-here placeholder" }
        if let first = folded.unicodeScalars.first, folded.unicodeScalars.count >= 3,
           folded.unicodeScalars.allSatisfy({ $0 == first }) {
            return "repeats one character"
        }
        if folded.unicodeScalars.count >= 4, "12345678901234567890".hasPrefix(folded) || "0123456789".hasPrefix(folded) {
            return "is a digit sequence"
        }
        if (folded.hasPrefix("<") && folded.hasSuffix(">")) || (folded.hasPrefix("{{") && folded.hasSuffix("}}")) {
            return "is a template placeholder"
        }
        return nil
    }

    /// `secret123` → `secret`; `password!` → `password`; a value of only digits stays as is.
    private static func stripTrailingDigits(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, scalars.count > 1,
              (last >= "0" && last <= "9") || last == "!" || last == "." || last == "-" || last == "_" {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
