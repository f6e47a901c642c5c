import EnvCheckCore
import EnvCheckReporters
import Foundation
import Testing

@Suite struct StructuredReporterTests {
    private func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonIsValidWithTheDocumentedShape() throws {
        let document = try parse(JSONReporter().render(try SampleReport.make()))
        #expect(document["version"] as? Int == 1)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["errors": 3, "warnings": 3, "infos": 4, "files": 2])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 10)
        let first = diagnostics[0]
        #expect(Set(first.keys) == ["rule", "severity", "message", "path", "line", "column", "endLine", "endColumn", "help", "fix"])
        #expect(first["rule"] as? String == "plain-secret")
        #expect(diagnostics.contains { ($0["fix"] as? [String: Any])?["safe"] as? Bool == false })
        #expect(diagnostics.contains { $0["help"] is NSNull })
    }

    @Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
        let finding = Diagnostic(ruleID: "r", severity: .info, message: "a\"b\\c\nd\u{1}", path: "p",
                                 range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
        let text = JSONReporter().render(LintReport(diagnostics: [finding], files: [], rules: []))
        #expect(text.contains(#""message": "a\"b\\c\nd\u0001""#))
        let diagnostics = try #require(try parse(text)["diagnostics"] as? [[String: Any]])
        #expect(diagnostics[0]["message"] as? String == "a\"b\\c\nd\u{1}")
    }

    @Test func sarifIsValidWithTheRequiredFields() throws {
        let log = try parse(SARIFReporter(options: ReporterOptions(toolVersion: "1.2.3")).render(try SampleReport.make()))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "envcheck")
        #expect(driver["version"] as? String == "1.2.3")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted() && ids.contains("unknown-type") && ids.count == 9)
        let duplicate = try #require(rules.first { $0["id"] as? String == "duplicate-key" })
        #expect((duplicate["shortDescription"] as? [String: String])?["text"] == "Finds keys set more than once")
        #expect((duplicate["fullDescription"] as? [String: String])?["text"]?.hasPrefix("Rationale") == true)
        #expect((duplicate["help"] as? [String: String])?["text"] != nil)
        #expect((duplicate["defaultConfiguration"] as? [String: String])?["level"] == "error")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 10)
        var fingerprints = Set<String>()
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] is String)
            let region = try #require(location["region"] as? [String: Int])
            #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
            let fingerprint = try #require((result["partialFingerprints"] as? [String: String])?["envcheck/v1"])
            #expect(fingerprint.count == 16)
            fingerprints.insert(fingerprint)
        }
        #expect(fingerprints.count == results.count)
    }

    @Test func sarifFingerprintsSurviveLinesMoving() throws {
        func fingerprints(_ text: String, line: Int) throws -> [String] {
            let source = SourceFile(path: ".env", text: text)
            let findings = [Diagnostic(ruleID: "plain-secret", severity: .warning, message: "M", path: ".env",
                                       range: SampleReport.range(of: "DB_PASSWORD", line: line, in: source))]
            let log = try parse(SARIFReporter().render(LintReport(diagnostics: findings, files: [source], rules: [])))
            let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["envcheck/v1"] }
        }
        let before = try fingerprints("A=1\nDB_PASSWORD=hunter2\n", line: 2)
        let after = try fingerprints("# new comment\n\nA=1\nDB_PASSWORD=changed\n", line: 4)
        #expect(before == after && before.count == 1)
    }

    @Test func sarifMakesAbsolutePathsFileURIsAndEncodesOthers() throws {
        let finding = Diagnostic(ruleID: "r", severity: .info, message: "M", path: "/srv/my app/.env",
                                 range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 2)))
        let text = SARIFReporter().render(LintReport(diagnostics: [finding], files: [], rules: []))
        #expect(text.contains(#""uri": "file:///srv/my%20app/.env""#))
        #expect(!text.contains("%SRCROOT%"))
    }
}
