@testable import EnvCheckCore
import Testing

struct EnvParserTests {
    static func values(_ text: String, environment: [String: String] = [:]) -> [String: String] {
        let resolution = DotenvResolution(file: EnvFile(text: text), environment: ProcessEnvironment(environment))
        return Dictionary(uniqueKeysWithValues: resolution.variables.map { ($0.name, $0.text) })
    }

    @Test func renderGivesBackEveryByteOfAwkwardFiles() {
        let samples: [[UInt8]] = [
            Array("\u{FEFF}A=1\r\nB=\"x\r\ny\"\r\n# c\r\n\r\n".utf8),
            Array("A='unterminated\nB=2\nC=\"also\n".utf8),
            [0x41, 0x3D, 0xFF, 0xFE, 0x0A, 0x42, 0x0D, 0x43, 0x3D, 0x31],
            Array("export\nexport A=1\n=x\n:y\nA B=1\n  K  =  v  # c  \nLAST".utf8),
            [],
        ]
        for bytes in samples {
            #expect(EnvFile(source: SourceFile(path: ".env", bytes: bytes)).render() == bytes)
        }
    }

    @Test func renderIsLosslessOnRandomBytes() {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("AB_=:#'\"`$\\{}- \t\r\nexport".utf8) + [0xC3, 0xA9, 0xFF, 0xE2, 0x80, 0x80]
        for _ in 0..<2000 {
            let length = Int(generator.next() % 60)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let file = EnvFile(source: SourceFile(path: ".env", bytes: bytes))
            #expect(file.render() == bytes, "\(bytes)")
            var cursor = 0
            for segment in file.segments {
                #expect(segment.range.lowerBound == cursor)
                cursor = segment.range.upperBound
            }
            #expect(cursor == bytes.count)
        }
    }

    @Test func quotingAndCommentsFollowCompose() {
        let v = Self.values("""
        A='a\\'b'
        B="x\\ny"
        C=a #comment
        D=a\t#kept
        E= #value
        F=`tick`
        G: yaml
        export H=exported
        I="\\q\\c\\$J"
        1K=digit
        """)
        #expect(v["A"] == "a'b")
        #expect(v["B"] == "x\ny")
        #expect(v["C"] == "a")
        #expect(v["D"] == "a\t#kept")
        #expect(v["E"] == "#value")
        #expect(v["F"] == "`tick`")
        #expect(v["G"] == "yaml")
        #expect(v["H"] == "exported")
        #expect(v["I"] == "\\q\\c$J")
        #expect(v["1K"] == "digit")
    }

    @Test func processEnvironmentWinsOverEarlierKeysInInterpolation() {
        let v = Self.values("A=file\nB=$A\nC=${Z:-$A}\n", environment: ["A": "process"])
        #expect(v["A"] == "file")
        #expect(v["B"] == "process")
        #expect(v["C"] == "process")
    }

    @Test func bareKeyInheritsAndLastLineQuirkMakesAnEmptyKey() {
        let v = Self.values("SET\nUNSET\nLAST", environment: ["SET": "yes", "LAST": "no"])
        #expect(v["SET"] == "yes")
        #expect(v["UNSET"] == nil)
        #expect(v[""] == "LAST")
    }

    @Test func unterminatedQuoteIsReportedWhereItOpens() throws {
        let file = EnvFile(text: "A=1\nB=\"open\nC=2\nD=3\n")
        let error = try #require(file.syntaxErrors.first)
        #expect(error.kind == .unterminatedQuote)
        #expect(file.source.location(of: error.range.lowerBound) == SourceLocation(line: 2, column: 3, offset: 6))
        let resolution = DotenvResolution(file: file, environment: ProcessEnvironment())
        #expect(resolution.failure != nil)
    }

    @Test func columnsCountScalarsNotBytes() {
        let file = EnvFile(text: "É=1\nKÉY = \"x\" junk\n")
        let location = file.source.location(of: Array("É=1\nKÉY = \"x\" ".utf8).count)
        #expect(location.line == 2 && location.column == 11)
    }

    @Test func crlfIsKeptInsideQuotesAndTrimmedOutside() {
        let v = Self.values("A=\"x\r\ny\"\r\nB=plain\r\n")
        #expect(v["A"] == "x\r\ny")
        #expect(v["B"] == "plain")
    }

    @Test func aBareCarriageReturnIsNotALineBreak() {
        let v = Self.values("A=x\rB=y\n")
        #expect(v["A"] == "x\rB=y")
        #expect(v["B"] == nil)
    }

    @Test func invalidUTF8IsKeptAsBytes() {
        let bytes: [UInt8] = Array("A=".utf8) + [0xFF, 0xFE] + [0x0A]
        let resolution = DotenvResolution(file: EnvFile(source: SourceFile(path: ".env", bytes: bytes)),
                                          environment: ProcessEnvironment())
        #expect(resolution.variables.first?.value == [0xFF, 0xFE])
    }

    @Test func keysAreTheStatementsKeysWithoutMakingThem() {
        let file = EnvFile(text: "A=1\nexport B='x'\nINHERITED\nA=2\n# comment\nCLÉ=é\n  C = \"q\" # c\nBAD KEY=1\n")
        #expect(file.keys == file.statements.map(\.key))
        #expect(file.keys.prefix(4) == ["A", "B", "INHERITED", "A"])
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
