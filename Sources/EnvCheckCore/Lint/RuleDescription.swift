/// A rule's documentation, which is also its test suite: every example runs as a test.
public struct RuleDescription: Sendable {
    /// An example fix: the input and what `envcheck fix` turns it into.
    public struct FixExample: Sendable {
        /// The file before.
        public var before: String
        /// The file after.
        public var after: String

        /// Creates a fix example.
        public init(before: String, after: String) {
            self.before = before
            self.after = after
        }
    }

    /// What a rule's examples are.
    public enum Subject: String, Sendable {
        /// `.env` files.
        case dotenv
        /// Compose files (examples are `docker-compose.yml` texts).
        case compose
        /// Variables against the schema (examples are `.env` texts checked against the rule's
        /// `exampleSchema`).
        case schema
    }

    /// What the rule checks, and so what its examples are.
    public var subject: Subject
    /// For schema rules: the schema file (YAML) the examples are checked against.
    public var exampleSchema: String?
    /// The kebab-case id users refer to in configuration and suppression comments.
    public var id: String
    /// The default severity.
    public var severity: Severity
    /// One line: what the rule finds.
    public var summary: String
    /// Why it matters.
    public var rationale: String
    /// Whether the rule only runs when enabled in configuration.
    public var isOptIn: Bool
    /// Files that raise nothing from this rule.
    public var passing: [String]
    /// Files that raise at least one finding from this rule.
    public var failing: [String]
    /// Files and what the rule's fixes make of them.
    public var fixes: [FixExample]

    /// Creates a description.
    public init(
        id: String, severity: Severity, summary: String, rationale: String, isOptIn: Bool = false,
        subject: Subject = .dotenv, exampleSchema: String? = nil, passing: [String], failing: [String],
        fixes: [FixExample] = []
    ) {
        self.subject = subject
        self.exampleSchema = exampleSchema
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.isOptIn = isOptIn
        self.passing = passing
        self.failing = failing
        self.fixes = fixes
    }
}
