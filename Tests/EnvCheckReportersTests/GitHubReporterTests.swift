import EnvCheckCore
import EnvCheckReporters
import Testing

@Suite struct GitHubReporterTests {
    private func diagnostic(_ severity: Severity, line: Int, message: String = "Key K is odd", path: String = ".env") -> Diagnostic {
        Diagnostic(ruleID: "odd-key", severity: severity, message: message, path: path,
                   range: SourceRange(start: .init(line: line, column: 1), end: .init(line: line, column: 2)))
    }

    @Test func dataEscapesPercentAndLineBreaks() {
        #expect(GitHubReporter.escapeData("100% a\r\nb:c,d") == "100%25 a%0D%0Ab:c,d")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(GitHubReporter.escapeProperty("a%b:c,d\n") == "a%25b%3Ac%2Cd%0A")
    }

    @Test func annotationEscapesPathAndMessage() {
        let report = LintReport(diagnostics: [diagnostic(.warning, line: 2, message: "50% of\nKEY", path: "./dir,1/a:b.env")],
                                files: [], rules: [])
        let lines = GitHubReporter().render(report).split(separator: "\n").map(String.init)
        #expect(lines[0] == "::warning file=dir%2C1/a%3Ab.env,line=2,col=1,endLine=2,endColumn=2,title=envcheck (odd-key)::50%25 of%0AKEY")
        #expect(lines.last == "envcheck: 1 warning in 0 files")
    }

    @Test func multiLineRangesGiveNoColumns() {
        var finding = diagnostic(.error, line: 3)
        finding.range.end = .init(line: 5, column: 4)
        let output = GitHubReporter().render(LintReport(diagnostics: [finding], files: [], rules: []))
        #expect(output.hasPrefix("::error file=.env,line=3,endLine=5,title=envcheck (odd-key)::Key K is odd\n"))
    }

    @Test func eachKindIsCappedAtTenAnnotationsWithOneSayingHowManyMore() {
        let findings = (1...17).map { diagnostic(.error, line: $0) }
            + (1...3).map { diagnostic(.warning, line: 100 + $0) }
            + (1...10).map { diagnostic(.info, line: 200 + $0) }
        let lines = GitHubReporter().render(LintReport(diagnostics: findings, files: [], rules: []))
            .split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 9)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix(".env:") }.count == 8)
        #expect(lines.contains(".env:17:1: error[odd-key] Key K is odd"))
        #expect(lines.filter { $0.hasPrefix("::error::") } == [
            "::error::envcheck: 8 errors more not shown as annotations (GitHub shows 10 per step); they are listed in this step's log",
        ])
        #expect(lines.filter { $0.hasPrefix("::") }.count == 23)
        #expect(lines.last == "envcheck: 17 errors, 3 warnings, 10 infos in 0 files")
    }
}
