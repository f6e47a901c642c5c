import EnvCheckCore
import EnvCheckRules
import Testing

/// Edge cases of the layout and style rules beyond their documented examples.
@Suite("StyleRules")
struct StyleRulesTests {
    static let ids = [
        "spaces-around-equals", "trailing-whitespace", "key-without-value", "quote-character", "unordered-key",
        "extra-blank-line", "ending-blank-line", "mixed-line-endings", "byte-order-mark",
    ]

    static func engine(_ ids: [String] = ids) -> LintEngine {
        LintEngine(rules: ids.compactMap(BuiltinRules.rule), configuration: LintConfiguration(enabled: Set(ids)))
    }

    static func lint(_ text: String, _ ids: [String] = ids, environment: [String: String] = [:]) -> [Diagnostic] {
        engine(ids).lint(EnvFile(text: text), environment: ProcessEnvironment(environment))
    }

    static func fix(_ text: String, _ ids: [String] = ids) throws -> String {
        let outcome = try Fixer(engine: engine(ids)).fix(SourceFile(path: ".env", text: text), environment: ProcessEnvironment())
        return String(decoding: outcome.bytes, as: UTF8.self)
    }

    static func values(_ text: String) -> [String: String] {
        let resolution = DotenvResolution(file: EnvFile(text: text), environment: ProcessEnvironment())
        return Dictionary(resolution.variables.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) },
                          uniquingKeysWith: { $1 })
    }

    @Test("Every rule is registered in documentation order")
    func registered() {
        let all = BuiltinRules.all.map(\.description.id)
        #expect(all.filter { Self.ids.contains($0) } == Self.ids)
        #expect(BuiltinRules.rule("unordered-key")?.description.isOptIn == true)
    }

    @Test("A multi-line PEM in double quotes raises nothing", arguments: ["\n", "\r\n"])
    func pemRaisesNothing(lineBreak: String) {
        let pem = ["-----BEGIN PRIVATE KEY-----  ", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\t", "", "", "",
                   "bm90IGEgcmVhbCBrZXk= ", "-----END PRIVATE KEY-----"].joined(separator: lineBreak)
        let text = "APP=web\nKEY=\"\(pem)\"\nZONE=eu\n"
        #expect(Self.lint(text).isEmpty)
        let json = "CONFIG='{\n  \"a\": 1,   \n  \"b\": \"x\"\n}'\nURL=${HOST:-localhost}\n"
        #expect(Self.lint(json).isEmpty)
    }

    @Test("Removing the blank after = keeps a value that starts with #")
    func hashAfterEquals() throws {
        let before = "KEY= #x\nOTHER=\t\t#y # z\n"
        let after = try Self.fix(before, ["spaces-around-equals"])
        #expect(after == "KEY=#x\nOTHER=#y # z\n")
        #expect(Self.values(before) == ["KEY": "#x", "OTHER": "#y"])
        #expect(Self.values(after) == Self.values(before))
    }

    @Test("Blanks before an inline comment or inside quotes are not trailing whitespace")
    func trailingWhitespaceScope() {
        #expect(Self.lint("KEY=v   # c\n", ["trailing-whitespace"]).isEmpty)
        #expect(Self.lint("KEY='a  \r\nb'\r\n", ["trailing-whitespace"]).isEmpty)
        #expect(Self.lint("KEY=v  \r\n", ["trailing-whitespace"]).count == 1)
        #expect(Self.lint("KEY=\"unterminated  \n", ["trailing-whitespace"]).isEmpty)
    }

    @Test("Fixes keep CRLF line endings")
    func crlf() throws {
        #expect(try Self.fix("A = 1  \r\nB='b'\r\n\r\n\r\nC=3", Self.ids) == "A=1\r\nB=b\r\n\r\nC=3\r\n")
    }

    @Test("A byte order mark is removed and does not hide the first key")
    func byteOrderMark() throws {
        #expect(try Self.fix("\u{FEFF}KEY = 'v'\n") == "KEY=v\n")
        #expect(Self.lint("\u{FEFF}\nA=1\n", ["extra-blank-line"]).isEmpty)
        #expect(try Self.fix("\u{FEFF}\n\n\nA=1\n", ["extra-blank-line"]) == "\u{FEFF}\nA=1\n")
    }

    @Test("Extra blank lines name what follows them")
    func extraBlankLineMessages() {
        #expect(Self.lint("A=1\n\n\n# c\nB=2\n\n  \n\tC=3\n\n\n", ["extra-blank-line"]).map(\.message) == [
            "Extra blank lines before a comment (2 in a row)", "Extra blank lines before C (2 in a row)",
            "Extra blank lines at the end of the file (2 in a row)",
        ])
    }

    @Test("Suppression comments silence style findings")
    func suppression() {
        let text = "# envcheck:disable-next-line trailing-whitespace\nKEY=v  \nOTHER=w  \n"
        #expect(Self.lint(text, ["trailing-whitespace"]).map(\.line) == [3])
    }

    @Test("A bare last key without a line break gets no safe fix")
    func bareLastKey() throws {
        let found = Self.lint("A=1\nKEY", ["ending-blank-line"])
        #expect(found.count == 1)
        #expect(found.first?.fix?.isSafe == false)
        #expect(found.first?.help?.contains("Not fixed automatically") == true)
        #expect(try Self.fix("A=1\nKEY") == "A=1\nKEY")
        #expect(Self.lint("A=1\nKEY", ["key-without-value"]).count == 1)
        #expect(Self.lint("KEY\n", ["key-without-value"]).first?.fix == nil)
    }

    @Test("Mixed line endings: one finding at the first odd line; CR inside quotes is kept")
    func mixedLineEndings() throws {
        let text = "A=1\nB=\"x\r\ny\"\nC=3\r\nD=4\n"
        let found = Self.lint(text, ["mixed-line-endings"])
        #expect(found.map(\.line) == [4])
        #expect(found.first?.message == "The line of C ends with CRLF while the file mostly uses LF")
        #expect(try Self.fix(text, ["mixed-line-endings"]) == "A=1\nB=\"x\r\ny\"\nC=3\nD=4\n")
        #expect(Self.lint("A=1\r\nB=2\n", ["mixed-line-endings"]).map(\.line) == [2])
    }

    @Test("Unordered keys are only sorted when no value refers to a key of its block")
    func unorderedKeyFixSafety() throws {
        let referring = "B=${A}-x\nA=1\n"
        let found = Self.lint(referring, ["unordered-key"])
        #expect(found.map(\.message) == ["A should come before B"])
        #expect(found.first?.fix == nil)
        #expect(try Self.fix(referring, ["unordered-key"]) == referring)
        #expect(try Self.fix("C=3\nA=\"x\" B=2\n", ["unordered-key"]) == "C=3\nA=\"x\" B=2\n")
        let duplicates = "B=1\nA=first\nA=second\n"
        #expect(try Self.fix(duplicates, ["unordered-key"]) == "A=first\nA=second\nB=1\n")
        #expect(Self.values(try Self.fix(duplicates, ["unordered-key"]))["A"] == "second")
        #expect(Self.lint("B=1\nA=2\n", ["spaces-around-equals"]).isEmpty, "opt-in rule runs only when enabled")
        #expect(LintEngine(rules: BuiltinRules.all).lint(EnvFile(text: "B=1\nA=2\n"), environment: ProcessEnvironment())
            .filter { $0.ruleID == "unordered-key" }.isEmpty)
    }

    @Test("Needless quotes are removed only when compose reads the same value",
          arguments: ["KEY=\"plain\"\n", "KEY: 'plain' # note\n", "export KEY=\"a=b:c/d\"\r\n", "KEY=\"ünïcode\""])
    func quoteCharacterKeepsValues(text: String) throws {
        let fixed = try Self.fix(text, ["quote-character"])
        #expect(fixed != text)
        #expect(Self.values(fixed) == Self.values(text))
    }

    @Test("Quotes that matter are not reported",
          arguments: ["K=\" lead\"\n", "K=\"tail \"\n", "K='a\\b'\n", "K=\"`cmd`\"\n", "K=\"x\"y\n", "K='x'\t# c\n",
                      "K=\"\u{A0}x\"\n", "K=\"it's\"\n"])
    func quotesThatMatter(text: String) {
        #expect(Self.lint(text, ["quote-character"]).isEmpty)
    }

    @Test("No message or help repeats a value")
    func messagesNeverEchoValues() {
        let secret = "s3cr3tValue"
        let text = "\u{FEFF}B = \"\(secret)\"  \r\nA=\(secret)\n\n\n\(secret)"
        let found = Self.lint(text)
        #expect(Set(found.map(\.ruleID)).count >= 7)
        for diagnostic in found {
            #expect(!diagnostic.message.contains(secret), "\(diagnostic.ruleID): \(diagnostic.message)")
            #expect(!(diagnostic.help ?? "").contains(secret), "\(diagnostic.ruleID): \(diagnostic.help ?? "")")
            #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic.ruleID): \(diagnostic.message)")
        }
    }

    @Test("All safe fixes together keep every value and leave nothing fixable")
    func fixEverything() throws {
        let text = "\u{FEFF}B = 'two'  \r\nA=\"one\"\n\n\n\nPEM=\"x  \n\n\ny\"\r\nC= #c\r\nD=${A}"
        let fixed = try Self.fix(text)
        #expect(fixed == "A=one\nB=two\n\nC=#c\nD=${A}\nPEM=\"x  \n\n\ny\"\n")
        #expect(Self.values(fixed) == Self.values(text))
        #expect(Self.lint(fixed).isEmpty)
    }
}
