/// A spelling a string value must have for compose to use it. Most "X or string" keys of the
/// compose spec take a string only when compose can convert it to X (`tty: "yes"` but not
/// `tty: "maybe"`, `cpus: "0.5"`, `mem_limit: 512m`).
enum ComposeValueFormat: Sendable, Hashable {
    /// `y`, `yes`, `true`, `on`, `n`, `no`, `false`, `off`, any case.
    case boolean
    /// A decimal integer.
    case integer
    /// A decimal number.
    case number
    /// A byte size such as `512m`, `1.5GiB`, `100000`.
    case byteSize
    /// A Go duration such as `30s`, `1m30s`, `500ms`.
    case duration
    /// `all` or a decimal integer (GPU and device counts).
    case countOrAll
    /// One of these words (case-sensitive).
    case choice([String])
    /// One of these words, any case.
    case choiceIgnoringCase([String])
    /// `no`, `always`, `on-failure`, `on-failure:N`, `unless-stopped`.
    case restartPolicy
    /// `always`, `never`, `missing`, `build`, `if_not_present`, `refresh`, `daily`, `weekly`, `every_<interval>`.
    case pullPolicy
    /// A container name Docker accepts: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
    case containerName

    /// Whether `text` has the spelling.
    func accepts(_ text: String) -> Bool {
        switch self {
        case .boolean: ["y", "yes", "true", "on", "n", "no", "false", "off"].contains(text.lowercased())
        case .integer: GoValueSyntax.isDecimalInteger(text)
        case .number: GoValueSyntax.isFloat(text)
        case .byteSize: GoValueSyntax.isByteSize(text)
        case .duration: GoValueSyntax.isDuration(text)
        case .countOrAll: text == "all" || GoValueSyntax.isDecimalInteger(text)
        case .choice(let words): words.contains(text)
        case .choiceIgnoringCase(let words): words.contains(text.lowercased())
        case .restartPolicy: Self.isRestartPolicy(text)
        case .pullPolicy: Self.isPullPolicy(text)
        case .containerName: Self.isContainerName(text)
        }
    }

    /// What the value must be, for messages ("must be …"); never quotes the value itself.
    var requirement: String {
        switch self {
        case .boolean: "a boolean (true or false)"
        case .integer: "an integer"
        case .number: "a number"
        case .byteSize: "a byte size such as 512m or 1g"
        case .duration: "a duration such as 30s or 1m30s"
        case .countOrAll: "all or a number"
        case .choice(let words), .choiceIgnoringCase(let words): "one of " + words.joined(separator: ", ")
        case .restartPolicy: "one of no, always, on-failure, on-failure:N, unless-stopped"
        case .pullPolicy: "one of always, never, missing, build, if_not_present, refresh, daily, weekly, every_<interval>"
        case .containerName: "a name of letters, digits, ., _ and - that starts with a letter or digit"
        }
    }

    /// How the expected type is named when the value has the wrong type ("must be a boolean, found a list");
    /// nil when the plain type names say it.
    var typeNoun: String? {
        switch self {
        case .boolean: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .byteSize: "a byte size"
        case .duration: "a duration"
        case .countOrAll: "all or a number"
        case .choice, .choiceIgnoringCase, .restartPolicy, .pullPolicy, .containerName: nil
        }
    }

    private static func isRestartPolicy(_ text: String) -> Bool {
        if ["no", "always", "on-failure", "unless-stopped"].contains(text) { return true }
        guard text.hasPrefix("on-failure:") else { return false }
        let count = text.dropFirst("on-failure:".count)
        return !count.isEmpty && count.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isPullPolicy(_ text: String) -> Bool {
        if ["always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly"].contains(text) {
            return true
        }
        guard text.hasPrefix("every_") else { return false }
        var rest = Substring(text.dropFirst("every_".count))
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            guard !digits.isEmpty, let unit = rest.first, "wdhms".contains(unit) else { return false }
            rest = rest.dropFirst()
        }
        return true
    }

    private static func isContainerName(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, isAlphanumeric(scalars[0]) else { return false }
        return scalars.dropFirst().allSatisfy { isAlphanumeric($0) || $0 == "_" || $0 == "." || $0 == "-" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
