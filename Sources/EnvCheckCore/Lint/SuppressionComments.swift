/// The `# envcheck:` comments of a file: `disable-next-line ID…`, `disable ID…` and `enable ID…`
/// (no id means every rule), applied once, centrally, after the rules ran.
public struct SuppressionComments: Sendable {
    /// One directive in the file.
    public struct Directive: Sendable {
        /// What the directive does.
        public enum Action: String, Sendable {
            case disableNextLine = "disable-next-line"
            case disable
            case enable
        }

        /// What the directive does.
        public var action: Action
        /// The rule ids it names (empty: all rules).
        public var ruleIDs: [(id: String, range: Range<Int>)]
        /// The 1-based line of the comment.
        public var line: Int
    }

    /// The directives, in file order.
    public private(set) var directives: [Directive] = []
    /// Comments that start with `envcheck:` but name no known action: `(range, text)`.
    public private(set) var malformed: [Range<Int>] = []

    static let descriptionForUnknownID = RuleDescription(
        id: "unknown-rule-id",
        severity: .warning,
        summary: "An envcheck suppression comment names a rule that does not exist",
        rationale: "A misspelt id in `# envcheck:disable-next-line` silently suppresses nothing; "
            + "envcheck reports it so the comment does what it says.",
        passing: ["# envcheck:disable-next-line duplicate-key\nA=1\nA=2\n"],
        failing: ["# envcheck:disable-next-line duplicat-key\nA=1\n"])

    /// Finds the directives in a `.env` file's comments.
    public init(file: EnvFile) {
        self.init(source: file.source, comments: file.segments.filter { $0.kind == .comment }.map(\.range))
    }

    /// Finds the directives in a YAML file: `#` comments at the start of a line or after a space
    /// or a tab, each up to the end of its line (without a `\r` before the `\n`).
    public init(yaml source: SourceFile) {
        self.init(source: source, comments: Self.yamlComments(in: source.bytes))
    }

    /// The ranges of a YAML file's comments, found `#` by `#` (a vectorised search, not a walk
    /// over every byte).
    static func yamlComments(in bytes: [UInt8]) -> [Range<Int>] {
        var comments: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let hash = ByteSearch.firstIndex(of: Ascii.hash, in: bytes, index..<bytes.count)
            guard hash < bytes.count else { break }
            let before = hash == 0 ? Ascii.newline : bytes[hash - 1]
            guard before == Ascii.newline || before == Ascii.space || before == Ascii.tab else {
                index = hash + 1
                continue
            }
            let lineEnd = ByteSearch.firstIndex(of: Ascii.newline, in: bytes, hash..<bytes.count)
            var end = lineEnd
            if lineEnd < bytes.count, bytes[end - 1] == Ascii.carriageReturn { end -= 1 }
            comments.append(hash..<end)
            index = lineEnd + 1
        }
        return comments
    }

    /// Finds the directives in the given comment ranges (each starting at its `#`).
    init(source: SourceFile, comments: [Range<Int>]) {
        let prefix = Array("envcheck:".utf8)
        for range in comments {
            var start = range.lowerBound + 1
            let end = range.upperBound
            let bytes = source.bytes
            while start < end, bytes[start] == Ascii.space || bytes[start] == Ascii.tab { start += 1 }
            guard end - start >= prefix.count, bytes[start..<start + prefix.count].elementsEqual(prefix) else { continue }
            let words = Self.words(in: bytes, start + prefix.count..<end)
            guard let first = words.first,
                  let action = Directive.Action(rawValue: String(decoding: bytes[first], as: UTF8.self)) else {
                malformed.append(range)
                continue
            }
            let ids = words.dropFirst().map { (String(decoding: bytes[$0], as: UTF8.self), $0) }
            let line = source.location(of: range.lowerBound).line
            directives.append(Directive(action: action, ruleIDs: ids.map { (id: $0.0, range: $0.1) }, line: line))
        }
    }

    /// Whether a diagnostic is silenced by a directive.
    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        var disabledAll = false
        var disabled: Set<String> = []
        for directive in directives where directive.line < diagnostic.line {
            let ids = Set(directive.ruleIDs.map(\.id))
            switch directive.action {
            case .disableNextLine:
                if directive.line == diagnostic.line - 1, ids.isEmpty || ids.contains(diagnostic.ruleID) { return true }
            case .disable:
                if ids.isEmpty { disabledAll = true } else { disabled.formUnion(ids) }
            case .enable:
                if ids.isEmpty { disabledAll = false; disabled.removeAll() } else { disabled.subtract(ids) }
            }
        }
        return disabledAll || disabled.contains(diagnostic.ruleID)
    }

    /// Splits on spaces, tabs and commas.
    private static func words(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, isSeparator(bytes[index]) { index += 1 }
            let start = index
            while index < range.upperBound, !isSeparator(bytes[index]) { index += 1 }
            if index > start { result.append(start..<index) }
        }
        return result
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == Ascii.space || byte == Ascii.tab || byte == UInt8(ascii: ",") || byte == Ascii.carriageReturn
    }
}
