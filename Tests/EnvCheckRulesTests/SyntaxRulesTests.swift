import EnvCheckCore
import EnvCheckRules
import Testing

/// Edge cases of the syntax rules beyond their documented examples: CRLF, BOM, multi-line values,
/// suppression comments, unsafe fixes, and messages that never contain a value.
@Suite("SyntaxRules")
struct SyntaxRulesTests {
    static func findings(_ id: String, _ text: String, environment: [String: String] = [:]) -> [Diagnostic] {
        let rule = BuiltinRules.rule(id)!
        let engine = LintEngine(rules: [rule], configuration: LintConfiguration(enabled: [id]))
        return engine.lint(EnvFile(text: text), environment: ProcessEnvironment(environment)).filter { $0.ruleID == id }
    }

    static func fixed(_ id: String, _ text: String) throws -> String {
        let engine = LintEngine(rules: [BuiltinRules.rule(id)!])
        let outcome = try Fixer(engine: engine).fix(SourceFile(path: ".env", text: text), environment: ProcessEnvironment())
        return String(decoding: outcome.bytes, as: UTF8.self)
    }

    /// Applies a diagnostic's fix, safe or not.
    static func applying(_ diagnostic: Diagnostic, to text: String) throws -> String {
        let fix = try #require(diagnostic.fix)
        return String(decoding: TextEdit.apply(fix.edits, to: Array(text.utf8)), as: UTF8.self)
    }

    static func value(of key: String, in text: String) -> String? {
        DotenvResolution(file: EnvFile(text: text), environment: ProcessEnvironment()).value(of: key)?.text
    }

    // MARK: duplicate-key

    @Test func duplicateKeyPointsAtEachEarlierDefinition() {
        let found = Self.findings("duplicate-key", "A=1\nA=2\nA=3\n")
        #expect(found.map(\.line) == [1, 2])
        #expect(found.map(\.message) == ["Key A is set again on line 2; compose keeps the last value",
                                         "Key A is set again on line 3; compose keeps the last value"])
    }

    @Test func duplicateKeyFixKeepsCRLFBOMAndMultiLineValues() throws {
        #expect(try Self.fixed("duplicate-key", "\u{FEFF}A=1\r\nB=2\r\nA=3\r\n") == "\u{FEFF}B=2\r\nA=3\r\n")
        #expect(try Self.fixed("duplicate-key", "A=\"x\r\ny\"  # c\r\nA=2\r\n") == "A=2\r\n")
        #expect(try Self.fixed("duplicate-key", "X=\"q\" A=1\nA=2\n") == "X=\"q\" A=1\nA=2\n")
    }

    @Test func duplicateKeyHasNoSafeFixWhenTheEarlierValueIsRead() {
        let found = Self.findings("duplicate-key", "A=1\nB=\"$A\"\nA=2\n")
        #expect(found.count == 1 && found[0].fix == nil)
        let selfReference = Self.findings("duplicate-key", "A=1\nA=${A}2\n")
        #expect(selfReference.count == 1 && selfReference[0].fix == nil)
    }

    @Test func duplicateKeyWithALaterBareKeyDependsOnTheEnvironment() {
        let found = Self.findings("duplicate-key", "A=1\nA\n")
        #expect(found.count == 1 && found[0].fix == nil)
        #expect(found[0].message.contains("environment"))
    }

    @Test func duplicateKeyRespectsSuppressionComments() {
        #expect(Self.findings("duplicate-key", "# envcheck:disable-next-line duplicate-key\nA=1\nA=2\n").isEmpty)
        #expect(Self.findings("duplicate-key", "# envcheck:disable-next-line lowercase-key\nA=1\nA=2\n").count == 1)
    }

    // MARK: keys

    @Test func invalidKeyDoesNotEchoAValueContinuation() {
        let text = "KEY=-----BEGIN-----\nMIIEowIB+s3cr3t\nMIIE s3cr3t\n"
        let found = Self.findings("invalid-key", text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { !$0.message.contains("s3cr3t") && !$0.message.contains("MIIE") })
    }

    @Test func invalidKeyReportsTheEmptyKeyQuirks() {
        let last = Self.findings("invalid-key", "A=1\r\nINHERIT")
        #expect(last.count == 1 && last[0].line == 2 && last[0].fix == nil)
        #expect(Self.findings("invalid-key", "A=1\nINHERIT\n").isEmpty)
        #expect(Self.findings("invalid-key", "=x\n").first?.column == 1)
    }

    @Test func invalidKeyLeavesTextAfterAQuoteToItsRule() {
        #expect(Self.findings("invalid-key", "A=\"x\" some words\n").isEmpty)
        #expect(Self.findings("text-after-quote", "A=\"x\" some words\n").count == 1)
    }

    @Test func lowercaseKeyOffersAnUnsafeRename() throws {
        let found = Self.findings("lowercase-key", "\u{FEFF}db_host=x\r\n")
        let fix = try #require(found.first?.fix)
        #expect(!fix.isSafe)
        #expect(try Self.applying(found[0], to: "\u{FEFF}db_host=x\r\n") == "\u{FEFF}DB_HOST=x\r\n")
        #expect(try Self.fixed("lowercase-key", "db_host=x\n") == "db_host=x\n")
    }

    // MARK: quotes

    @Test func unterminatedQuotePointsAtTheOpeningQuote() {
        let found = Self.findings("unterminated-quote", "A=1\nexport  KEY = \"abc\nB=2\n")
        #expect(found.count == 1)
        #expect(found[0].line == 2 && found[0].column == 15)
        #expect(found[0].message == "Value of KEY opens a double quote that is never closed")
        let keyless = Self.findings("unterminated-quote", "A=1\n='open\n")
        #expect(keyless.first?.message == "Value on line 2 opens a single quote that is never closed")
    }

    @Test func textAfterQuoteAfterAMultiLineValue() {
        let found = Self.findings("text-after-quote", "A=\"line1\r\nline2\" B=2\r\nC='x' # ok\r\n")
        #expect(found.count == 1 && found[0].line == 2 && found[0].column == 8)
        #expect(found[0].range.end.column == 11)
    }

    // MARK: interpolation

    @Test func invalidInterpolationPointsAtTheDollarAndEscapes() throws {
        let text = "A=\"x\\n${1}\"\n"
        let found = Self.findings("invalid-interpolation", text)
        #expect(found.count == 1 && found[0].column == 7)
        #expect(found[0].fix?.isSafe == false)
        let escaped = try Self.applying(found[0], to: text)
        #expect(escaped == "A=\"x\\n$${1}\"\n")
        #expect(Self.value(of: "A", in: escaped) == "x\n${1}")
    }

    @Test func undefinedVariableUsesTheEnvironmentAndFileOrder() {
        #expect(Self.findings("undefined-variable", "A=$HOST\n", environment: ["HOST": "h"]).isEmpty)
        let later = Self.findings("undefined-variable", "A=${HOST}\nHOST=db\n")
        #expect(later.count == 1 && later[0].message.contains("line 2"))
        #expect(Self.findings("undefined-variable", "A=${B:-$C}\n").count == 1)
    }

    @Test func undefinedAndUnintendedAreDisjoint() {
        for text in ["LABEL=abc$def\n", "HASH=$2b$12$abcdefgh\n", "DB_PASSWORD=p@$sword\n", "A=$X$Y\n", "A=x$Y\n"] {
            let undefined = Self.findings("undefined-variable", text).map(\.range)
            let unintended = Self.findings("unintended-interpolation", text).map(\.range)
            #expect(Set(undefined).isDisjoint(with: unintended), "\(text)")
            #expect(undefined.count + unintended.count >= 1, "\(text)")
        }
    }

    @Test func requiredVariableSaysWhetherUnsetOrEmpty() {
        let unset = Self.findings("required-variable", "A=${B:?}\n")
        #expect(unset.first?.message == "Required variable B is not set (in the value of A)")
        let empty = Self.findings("required-variable", "B=\nA=${B:?}\n")
        #expect(empty.first?.message == "Required variable B is empty (in the value of A)")
    }

    @Test(arguments: [
        ("HASH=$2b$12$R9h/cIPz0gi.URNNX3kh2O\n", "HASH", "$2b$12$R9h/cIPz0gi.URNNX3kh2O"),
        ("HASH=\"$2b$12$abc\\\\x\"\r\n", "HASH", "$2b$12$abc\\x"),
        ("USER=u\nDB_PASSWORD=${USER}:pa$word\n", "DB_PASSWORD", "u:pa$word"),
        ("AUTH=\"admin:$apr1$ab$cd\"\n", "AUTH", "admin:$apr1$ab$cd"),
    ])
    func unintendedInterpolationEscapeKeepsTheLiteral(text: String, key: String, literal: String) throws {
        let found = Self.findings("unintended-interpolation", text)
        #expect(found.count == 1)
        #expect(found[0].fix?.isSafe == false)
        let escaped = try Self.applying(found[0], to: text)
        #expect(Self.value(of: key, in: escaped) == literal)
        #expect(Self.findings("unintended-interpolation", escaped).isEmpty)
    }

    @Test func unintendedInterpolationMentionsSingleQuotesOnlyWhenTheyFit() {
        #expect(Self.findings("unintended-interpolation", "P_PASSWORD=pa$word\n").first?.help?.contains("single quotes") == true)
        let withQuote = Self.findings("unintended-interpolation", "P_PASSWORD=it's$word\n")
        #expect(withQuote.first?.help?.contains("single quotes") == false)
    }

    // MARK: dialects

    @Test func dialectDivergenceNamesTheTools() {
        let cases: [(String, String)] = [
            ("A=x\t#c\n", "Node's dotenv and python-dotenv cut it off"),
            ("A='${B}'\n", "python-dotenv expands it"),
            ("A=\"\\$5\"\n", "compose reads it as $"),
            ("A=`x`\n", "Node's dotenv reads them as quotes"),
            ("A: v\n", "python-dotenv does not set A"),
            ("A:v\n", "Node's dotenv and python-dotenv do not set A"),
            ("A= #x\n", "Node's dotenv reads an empty value"),
            ("A=a#b\n", "Node's dotenv ends the value there"),
        ]
        for (text, phrase) in cases {
            let found = Self.findings("dialect-divergence", text)
            #expect(found.count == 1 && found[0].message.contains(phrase), "\(text.debugDescription): \(found.map(\.message))")
        }
    }

    @Test func dialectDivergenceYamlFixKeepsTheValue() throws {
        let text = "\u{FEFF}export A:\t\"x\ny\"\r\nB: # c\r\n"
        let after = try Self.fixed("dialect-divergence", text)
        #expect(after == "\u{FEFF}export A=\"x\ny\"\r\nB=# c\r\n")
        #expect(Self.value(of: "B", in: after) == "# c")
    }

    // MARK: all rules

    @Test func noMessageContainsAValue() {
        let text = "db_pass=hunter2\ndb_pass=hunter2\nTOKEN=\"s3cr3t\\$x\" tail\nX=`s3cr3t`\nY='${s3cr3t}'\n"
            + "PASSWORD=hunter$two\nZ=${REQ:?hunter2}\nW=${\nQ=\"hunter2\n"
        let everything = Set(BuiltinRules.all.map(\.description.id))
        let engine = LintEngine(rules: BuiltinRules.all, configuration: LintConfiguration(enabled: everything))
        let found = engine.lint(EnvFile(text: text), environment: ProcessEnvironment())
        #expect(found.count >= 8)
        for diagnostic in found {
            let leaks = ["hunter", "s3cr3t", "two"].filter { diagnostic.message.contains($0) }
            #expect(leaks.isEmpty, "\(diagnostic.ruleID): \(diagnostic.message)")
        }
    }
}
