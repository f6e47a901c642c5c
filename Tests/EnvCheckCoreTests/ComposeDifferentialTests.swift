import EnvCheckCore
import EnvCheckRules
import Foundation
import Testing

/// One recorded case of `Tests/Fixtures/compose-valid` or `Tests/Fixtures/compose-broken`: a
/// project folder (`compose.yml`, maybe `.env` and env files), the process environment it is
/// loaded with, and what the real docker compose made of it (see
/// `scripts/record-compose-differential.py` and the READMEs of the two folders).
struct ComposeCase: Sendable, CustomTestStringConvertible {
    /// What compose answered.
    enum Expectation: Sendable {
        /// compose refused the project with this message.
        case error(String)
        /// compose accepted it: service name to its environment, key to value bytes
        /// (`nil`: compose lists the key without a value, i.e. passed through but unset).
        case ok([String: [String: [UInt8]?]])
        /// The case folder could not be read (a broken fixture, reported as a test issue).
        case unreadable(String)
    }

    /// `compose-valid` or `compose-broken`.
    let corpus: String
    /// The folder name, e.g. `plex` or `012-required-variable-unset`.
    let name: String
    /// The folder's absolute path, the project directory.
    let folder: String
    /// The contents of `environment.json` (empty when absent).
    let environment: [String: String]
    /// The contents of `expected.json`.
    let expectation: Expectation

    var testDescription: String { "\(corpus)/\(name)" }
}

/// Loads the two compose corpora from the source tree.
enum ComposeCorpus {
    /// `Tests/Fixtures`, found from this file's path.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EnvCheckCoreTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// The projects compose accepts: the awesome-compose samples and the `extra-…` cases.
    static let valid = cases(in: "compose-valid")
    /// The projects compose rejects, one way of being wrong each.
    static let broken = cases(in: "compose-broken")

    /// Every case folder of a corpus that has a `compose.yml`, in name order.
    static func cases(in corpus: String) -> [ComposeCase] {
        let directory = fixtures.appendingPathComponent(corpus, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name, isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("compose.yml").path) else {
                return nil
            }
            do {
                return try load(corpus: corpus, name: name, folder: folder)
            } catch {
                return ComposeCase(corpus: corpus, name: name, folder: folder.path, environment: [:],
                                   expectation: .unreadable("\(error)"))
            }
        }
    }

    private struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    private static func load(corpus: String, name: String, folder: URL) throws -> ComposeCase {
        let environment = try RecordedValue.environment(in: folder)
        let expected = try RecordedValue.expected(in: folder)
        let expectation: ComposeCase.Expectation
        switch expected["status"] as? String {
        case "error":
            expectation = .error(expected["message"] as? String ?? "")
        case "ok":
            guard let services = expected["services"] as? [String: Any] else {
                throw FormatError(description: "expected.json has no services object")
            }
            var decoded: [String: [String: [UInt8]?]] = [:]
            for (service, body) in services {
                guard let variables = (body as? [String: Any])?["environment"] as? [String: Any] else {
                    throw FormatError(description: "service \(service) has no environment object")
                }
                var environment: [String: [UInt8]?] = [:]
                for (key, value) in variables { environment[key] = try RecordedValue.decode(value, key: key) }
                decoded[service] = environment
            }
            expectation = .ok(decoded)
        default:
            throw FormatError(description: "expected.json has no valid status")
        }
        return ComposeCase(corpus: corpus, name: name, folder: folder.path, environment: environment,
                           expectation: expectation)
    }
}

/// envcheck against the real docker compose on whole projects: a project compose accepts must
/// lint without errors and give every service exactly compose's environment; a project compose
/// rejects must give at least one error, each placed at a real line and column.
@Suite("Compose differential: envcheck against docker compose")
struct ComposeDifferentialTests {
    /// Broken cases envcheck does not (yet) reject, with what it would need (keep in step with
    /// `Tests/Fixtures/compose-broken/README.md`). They run as known issues: when envcheck starts
    /// rejecting one, the test fails until its entry is removed.
    static let knownGaps: [String: String] = [:]

    /// Valid cases where envcheck differs from compose on purpose (keep in step with
    /// `Tests/Fixtures/compose-valid/README.md`). They run as known issues too.
    static let deliberateDifferences: [String: String] = [:]

    @Test("The corpora are present")
    func corporaArePresent() {
        #expect(ComposeCorpus.valid.count >= 39, "Found \(ComposeCorpus.valid.count) valid cases under \(ComposeCorpus.fixtures.path)")
        #expect(ComposeCorpus.broken.count >= 60, "Found \(ComposeCorpus.broken.count) broken cases under \(ComposeCorpus.fixtures.path)")
    }

    @Test("Every listed exception names a case of the corpus")
    func exceptionsExist() {
        let valid = Set(ComposeCorpus.valid.map(\.name))
        let broken = Set(ComposeCorpus.broken.map(\.name))
        for name in Self.deliberateDifferences.keys { #expect(valid.contains(name), "No valid case named \(name)") }
        for name in Self.knownGaps.keys { #expect(broken.contains(name), "No broken case named \(name)") }
    }

    @Test("A project compose accepts lints clean and resolves like compose", arguments: ComposeCorpus.valid)
    func validCase(_ testCase: ComposeCase) {
        if let reason = Self.deliberateDifferences[testCase.name] {
            withKnownIssue(Comment(rawValue: reason)) { Self.checkValid(testCase) }
        } else {
            Self.checkValid(testCase)
        }
    }

    @Test("A project compose rejects gives an error with a place", arguments: ComposeCorpus.broken)
    func brokenCase(_ testCase: ComposeCase) {
        if let reason = Self.knownGaps[testCase.name] {
            withKnownIssue(Comment(rawValue: reason)) { Self.checkBroken(testCase) }
        } else {
            Self.checkBroken(testCase)
        }
    }

    // MARK: - Checks

    private static func load(_ testCase: ComposeCase) -> ComposeProject? {
        do {
            return try ComposeLoader.load(
                files: [testCase.folder + "/compose.yml"], projectDirectory: testCase.folder,
                environment: ProcessEnvironment(testCase.environment), envFile: nil)
        } catch {
            Issue.record("envcheck cannot load the project: \(error)")
            return nil
        }
    }

    private static func checkValid(_ testCase: ComposeCase) {
        let expected: [String: [String: [UInt8]?]]
        switch testCase.expectation {
        case .unreadable(let reason):
            Issue.record("Cannot read the case: \(reason)")
            return
        case .error(let message):
            Issue.record("compose rejects a case of the valid corpus: \(message)")
            return
        case .ok(let services):
            expected = services
        }
        guard let project = load(testCase) else { return }
        let errors = LintEngine(rules: BuiltinRules.all).lint(project).filter { $0.severity == .error }
        if !errors.isEmpty {
            let list = errors.map(describe).joined(separator: "\n")
            Issue.record("compose accepts the project; envcheck reports errors:\n\(list)")
        }
        let listed = Set(project.activeServiceNames)
        #expect(listed == Set(expected.keys),
                "Services: compose \(expected.keys.sorted()), envcheck \(listed.sorted())")
        for (service, wanted) in expected.sorted(by: { $0.key < $1.key }) {
            guard let resolved = project.resolvedEnvironment(of: service) else {
                Issue.record("\(service): compose lists the service, envcheck does not know it")
                continue
            }
            compare(service: service, wanted: wanted, resolved: resolved)
        }
    }

    /// compose's `null` (a bare `FOO` with FOO unset) means the container gets no FOO at all, so
    /// envcheck must leave the key out of the resolved environment.
    private static func compare(service: String, wanted: [String: [UInt8]?], resolved: [ResolvedVariable]) {
        var actual: [String: [UInt8]] = [:]
        for variable in resolved {
            if actual[variable.name] != nil {
                Issue.record("\(service).\(variable.name): envcheck lists it twice")
            }
            actual[variable.name] = variable.value
        }
        for key in Set(wanted.keys).union(actual.keys).sorted() {
            let name = "\(service).\(key)"
            switch (wanted[key], actual[key]) {
            case let (want??, got?):
                if got != want {
                    Issue.record("\(name): compose \(DifferentialTests.show(want)), envcheck \(DifferentialTests.show(got))")
                }
            case let (want??, nil):
                Issue.record("\(name): compose \(DifferentialTests.show(want)), envcheck does not set it")
            case let (.some(nil), got?):
                Issue.record("\(name): compose lists it unset (null), envcheck \(DifferentialTests.show(got))")
            case let (nil, got?):
                Issue.record("\(name): compose does not list it, envcheck \(DifferentialTests.show(got))")
            case (.some(nil), nil), (nil, nil):
                break
            }
        }
    }

    private static func checkBroken(_ testCase: ComposeCase) {
        let message: String
        switch testCase.expectation {
        case .unreadable(let reason):
            Issue.record("Cannot read the case: \(reason)")
            return
        case .ok:
            Issue.record("compose accepts a case of the broken corpus")
            return
        case .error(let text):
            message = text
        }
        guard let project = load(testCase) else { return }
        let diagnostics = LintEngine(rules: BuiltinRules.all).lint(project)
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.isEmpty {
            let others = diagnostics.isEmpty ? "none" : "\n" + diagnostics.map(describe).joined(separator: "\n")
            Issue.record("compose rejects the project (\(message)); envcheck reports no error. Other diagnostics: \(others)")
        }
        for diagnostic in errors where diagnostic.line < 1 || diagnostic.column < 1 {
            Issue.record("An error without a real place: \(describe(diagnostic))")
        }
    }

    private static func describe(_ diagnostic: Diagnostic) -> String {
        "  \(diagnostic.path):\(diagnostic.line):\(diagnostic.column) \(diagnostic.severity) \(diagnostic.ruleID) \(diagnostic.message)"
    }
}
