@testable import EnvCheckCore
import Testing

struct YAMLLoaderTests {
    static func load(_ text: String) -> YAMLLoader.Document {
        YAMLLoader.load(SourceFile(path: "x.yml", text: text))
    }

    @Test func scalarsKeysAndCollectionsKeepTheirPositions() throws {
        let document = Self.load("services:\n  db:\n    image: \"postgres\"\n    ports: [5432, '6543']\n")
        let root = try #require(document.root)
        #expect(document.problems.isEmpty)
        let image = try #require(root["services"]?["db"]?["image"])
        #expect(image.scalar == "postgres")
        #expect(image.start == SourceLocation(line: 3, column: 12, offset: 27))
        let ports = try #require(root["services"]?["db"]?["ports"]?.sequence)
        #expect(ports.map(\.scalar) == ["5432", "6543"])
        #expect(ports[1].isQuoted)
        let key = try #require(root["services"]?["db"]?.mapping?.first?.key)
        #expect(key.start.line == 3 && key.start.column == 5)
    }

    @Test func duplicateKeysAreReportedAtTheDuplicate() {
        let document = Self.load("a: 1\nb: 2\na: 3\n")
        #expect(document.problems.map(\.kind) == [.duplicateKey])
        #expect(document.problems.first?.location.line == 3)
    }

    @Test func anchorsAliasesAndMergeKeysResolve() throws {
        let document = Self.load("""
        x-common: &common
          restart: always
          image: base
        svc:
          <<: *common
          image: mine
        """)
        let svc = try #require(document.root?["svc"])
        #expect(svc["image"]?.scalar == "mine")
        #expect(svc["restart"]?.scalar == "always")
        #expect(document.problems.isEmpty)
    }

    @Test func aliasBombIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let document = Self.load(text)
        #expect(document.problems.contains { $0.kind == .aliasExpansion })
    }

    @Test func absurdNestingIsRefused() {
        let document = Self.load(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        #expect(document.problems.contains { $0.kind == .nesting })
    }

    @Test func syntaxErrorsCarryLibyamlsPlace() throws {
        let document = Self.load("a: 1\nb: [1, 2\nc: 3\n")
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .syntax)
        #expect(problem.location.line >= 2)
    }

    @Test func invalidUTF8IsAProblemNotACrash() {
        let document = YAMLLoader.load(SourceFile(path: "x.yml", bytes: Array("a: ".utf8) + [0xFF, 0xFE, 0x0A]))
        #expect(document.problems.contains { $0.kind == .syntax })
    }

    @Test func unknownAliasIsAProblem() {
        #expect(Self.load("a: *nope\n").problems.map(\.kind) == [.unknownAlias])
    }
}
