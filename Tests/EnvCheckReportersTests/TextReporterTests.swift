import EnvCheckCore
import EnvCheckReporters
import Testing

@Suite struct TextReporterTests {
    private func render(_ text: String, line: Int, needle: String, path: String = ".env", useColor: Bool = false) -> [String] {
        let source = SourceFile(path: path, text: text)
        let diagnostic = Diagnostic(ruleID: "some-rule", severity: .warning, message: "Something about KEY",
                                    path: path, range: SampleReport.range(of: needle, line: line, in: source))
        let report = LintReport(diagnostics: [diagnostic], files: [source], rules: [])
        return TextReporter(options: ReporterOptions(useColor: useColor)).render(report)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func caretsAlignAfterMultiByteCharactersAndTabs() {
        let lines = render("GREETING=\"h\u{E9}llo\"\t# note\n", line: 1, needle: "# note")
        #expect(lines[0] == "warning[some-rule]: Something about KEY")
        #expect(lines[1] == " --> .env:1:18")
        #expect(lines[3] == "1 | GREETING=\"h\u{E9}llo\"\t# note")
        // 16 scalars before the tab (é is one), the tab repeated, then one caret per scalar.
        #expect(lines[4] == "  | " + String(repeating: " ", count: 16) + "\t^^^^^^")
    }

    @Test func caretsUnderWideCharactersTakeTwoCells() {
        let lines = render("NAME=\u{65E5}\u{672C} x\n", line: 1, needle: "x")
        #expect(lines[4] == "  | " + String(repeating: " ", count: 5 + 4 + 1) + "^")
    }

    @Test func aTabInsideTheUnderlineBecomesCaretsToTheNextTabStop() {
        let lines = render("\tKEY=1\n", line: 1, needle: "\t")
        // The gutter `1 | ` takes 4 cells, so the tab covers cells 4..<8.
        #expect(lines[4] == "  | ^^^^")
    }

    @Test func multiLineRangesAreUnderlinedToTheEndOfTheirFirstLine() {
        let source = SourceFile(path: ".env", text: "NOTE=\"one\ntwo\"\n")
        let diagnostic = Diagnostic(ruleID: "r", severity: .info, message: "M", path: ".env",
                                    range: source.range(5..<14))
        let output = TextReporter().render(LintReport(diagnostics: [diagnostic], files: [source], rules: []))
        #expect(output.contains("1 | NOTE=\"one\n  |      ^^^^\n"))
    }

    @Test func underlineOfASecretValueCoversItsMask() {
        let lines = render("API_KEY=abcdefghijklmnop # c\n", line: 1, needle: "abcdefghijklmnop")
        #expect(lines[3] == "1 | API_KEY=**** # c")
        #expect(lines[4] == "  |         ^^^^")
    }

    @Test func controlCharactersAreShownAsPictures() {
        let lines = render("NAME=a\u{1B}[31mb\n", line: 1, needle: "b")
        #expect(lines[3] == "1 | NAME=a\u{241B}[31mb")
        #expect(lines[4] == "  | " + String(repeating: " ", count: 11) + "^")
    }

    @Test func colourCodesOnlyWithUseColor() throws {
        let report = try SampleReport.make()
        #expect(!TextReporter(options: ReporterOptions(useColor: false)).render(report).contains("\u{1B}"))
        let coloured = TextReporter(options: ReporterOptions(useColor: true)).render(report)
        #expect(coloured.contains("\u{1B}[1;31merror[duplicate-key]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[0m"))
        for format in ["json", "sarif", "github"] {
            let reporter = try #require(ReporterRegistry.reporter(named: format, options: ReporterOptions(useColor: true)))
            #expect(!reporter.render(report).contains("\u{1B}"), "\(format) must never colour")
        }
    }

    @Test func summaryCountsSeveritiesAndFiles() throws {
        let output = TextReporter().render(try SampleReport.make())
        #expect(output.hasSuffix("\n3 errors, 3 warnings, 4 infos in 2 files\n"))
        let clean = LintReport(diagnostics: [], files: [SourceFile(path: ".env", text: "")], rules: [])
        #expect(TextReporter().render(clean) == "No problems found in 1 file\n")
    }

    @Test func aFileThatWasNotCheckedGetsNoFrame() throws {
        let output = TextReporter().render(try SampleReport.make())
        #expect(output.contains("error[unknown-type]: Variable PORT has an unknown type\n  --> schemas/app.yml:12:11\n\n"))
    }
}
