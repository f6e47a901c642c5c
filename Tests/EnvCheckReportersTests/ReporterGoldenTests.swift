import EnvCheckCore
import EnvCheckReporters
import Testing

@Suite struct ReporterGoldenTests {
    @Test(arguments: [
        ("text", "text", false), ("text", "text-color", true), ("json", "json", false),
        ("sarif", "sarif", false), ("github", "github", false),
    ])
    func sampleReportMatchesGolden(format: String, golden: String, useColor: Bool) throws {
        let options = ReporterOptions(useColor: useColor, toolVersion: "0.0.0-test",
                                      informationURI: "https://example.invalid/envcheck")
        let reporter = try #require(ReporterRegistry.reporter(named: format, options: options))
        try Golden.check(reporter.render(try SampleReport.make()), golden)
    }

    @Test(arguments: ReporterRegistry.names)
    func cleanReportMatchesGolden(format: String) throws {
        let sample = try SampleReport.make()
        let clean = LintReport(diagnostics: [], files: sample.files, rules: [])
        let reporter = try #require(ReporterRegistry.reporter(named: format, options: ReporterOptions()))
        try Golden.check(reporter.render(clean), "clean-" + format)
    }
}

@Suite struct ReporterRegistryTests {
    @Test func everyNameGivesAReporterWithThatIdentifier() throws {
        for name in ReporterRegistry.names {
            let reporter = try #require(ReporterRegistry.reporter(named: name, options: ReporterOptions()))
            #expect(reporter.identifier == name)
        }
    }

    @Test func unknownNameGivesNil() {
        #expect(ReporterRegistry.reporter(named: "xml", options: ReporterOptions()) == nil)
    }
}

@Suite struct ReporterSecretTests {
    @Test(arguments: ReporterRegistry.names, [false, true])
    func noOutputContainsASecretValue(format: String, useColor: Bool) throws {
        let reporter = try #require(ReporterRegistry.reporter(named: format, options: ReporterOptions(useColor: useColor)))
        let output = reporter.render(try SampleReport.make())
        for secret in SampleReport.secrets {
            #expect(!output.contains(secret), "\(format) output shows \(secret)")
        }
    }

    @Test func textFramesShowMasksWhereSecretsWere() throws {
        let output = TextReporter().render(try SampleReport.make())
        #expect(output.contains("DB_PASSWORD=****"))
        #expect(output.contains("API_TOKEN='****'"))
        #expect(output.contains("PRIVATE_KEY=\"****"))
        #expect(output.contains("DB_PASSWORD: ****"))
        #expect(output.contains("redis://:****@cache:6379/0"))
    }
}
