import EnvCheckCore
import Foundation
import Testing

/// One recorded case of `Tests/Fixtures/differential`: a `.env` file, the process environment it
/// is resolved with, and what the real docker compose made of it (see
/// `scripts/record-differential.py` and the folder's README).
struct DifferentialCase: Sendable, CustomTestStringConvertible {
    /// What compose answered.
    enum Expectation: Sendable {
        /// compose refused the file with this message.
        case error(String)
        /// compose accepted the file; key bytes to value bytes (`nil`: listed without a value).
        case ok([[UInt8]: [UInt8]?])
        /// The case folder could not be read (a broken fixture, reported as a test issue).
        case unreadable(String)
    }

    /// The folder name, e.g. `001-single-quote-literal`.
    let name: String
    /// The exact bytes of `input.env`.
    let input: [UInt8]
    /// The contents of `environment.json` (empty when absent).
    let environment: [String: String]
    /// The contents of `expected.json`.
    let expectation: Expectation

    var testDescription: String { name }
}

/// Loads the corpus from the source tree.
enum DifferentialCorpus {
    /// `Tests/Fixtures/differential`, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EnvCheckCoreTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/differential", isDirectory: true)

    /// Every case folder that has an `input.env`, in name order.
    static let cases: [DifferentialCase] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name, isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("input.env").path) else {
                return nil
            }
            do {
                return try load(name: name, folder: folder)
            } catch {
                return DifferentialCase(name: name, input: [], environment: [:], expectation: .unreadable("\(error)"))
            }
        }
    }()

    private struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    private static func load(name: String, folder: URL) throws -> DifferentialCase {
        let input = try [UInt8](Data(contentsOf: folder.appendingPathComponent("input.env")))
        let environment = try RecordedValue.environment(in: folder)
        let expected = try RecordedValue.expected(in: folder)
        switch expected["status"] as? String {
        case "error":
            return DifferentialCase(name: name, input: input, environment: environment,
                                    expectation: .error(expected["message"] as? String ?? ""))
        case "ok":
            guard let variables = expected["variables"] as? [String: Any] else {
                throw FormatError(description: "expected.json has no variables object")
            }
            var decoded: [[UInt8]: [UInt8]?] = [:]
            for (key, value) in variables {
                decoded[Array(key.utf8)] = try RecordedValue.decode(value, key: key)
            }
            return DifferentialCase(name: name, input: input, environment: environment, expectation: .ok(decoded))
        default:
            throw FormatError(description: "expected.json has no valid status")
        }
    }
}

/// envcheck against the real docker compose: every recorded case must resolve exactly as compose
/// resolved it (same keys, same bytes), and every file compose refused must be refused.
@Suite("Differential: envcheck against docker compose")
struct DifferentialTests {
    @Test("The corpus is present")
    func corpusIsPresent() {
        #expect(DifferentialCorpus.cases.count >= 130, "Found \(DifferentialCorpus.cases.count) cases in \(DifferentialCorpus.directory.path)")
    }

    /// Cases where envcheck differs from compose on purpose, with the reason (keep in step with
    /// the README of the corpus). They run as known issues: if one starts to match compose, the
    /// test fails until its entry is removed.
    static let deliberateDifferences: [String: String] = [
        "258-interp-deep-nesting-100":
            "envcheck stops at Interpolator.maximumNesting (64) nested defaults so that a hostile file cannot exhaust the stack; compose has no limit",
    ]

    @Test("envcheck resolves like docker compose", arguments: DifferentialCorpus.cases)
    func resolvesLikeCompose(_ testCase: DifferentialCase) {
        if let reason = Self.deliberateDifferences[testCase.name] {
            withKnownIssue(Comment(rawValue: reason)) { Self.check(testCase) }
        } else {
            Self.check(testCase)
        }
    }

    @Test("Every deliberate difference names a case of the corpus")
    func deliberateDifferencesExist() {
        let names = Set(DifferentialCorpus.cases.map(\.name))
        for name in Self.deliberateDifferences.keys {
            #expect(names.contains(name), "No case named \(name)")
        }
    }

    private static func check(_ testCase: DifferentialCase) {
        let file = EnvFile(source: SourceFile(path: "input.env", bytes: testCase.input))
        let resolution = DotenvResolution(file: file, environment: ProcessEnvironment(testCase.environment))
        switch testCase.expectation {
        case .unreadable(let reason):
            Issue.record("Cannot read the case: \(reason)")
        case .error(let message):
            #expect(resolution.failure != nil,
                    "compose refuses the file (\(message)); envcheck resolves \(describe(resolution))")
        case .ok(let expected):
            if let failure = resolution.failure {
                Issue.record("compose accepts the file; envcheck fails: \(failure.message) at bytes \(failure.range)")
                return
            }
            var actual: [[UInt8]: [UInt8]] = [:]
            for variable in resolution.variables { actual[Array(variable.name.utf8)] = variable.value }
            // The values alone (compose's project environment) are the same.
            #expect(resolution.finalValues == Dictionary(uniqueKeysWithValues: resolution.variables.map { ($0.name, $0.value) }))
            let wanted = expected.compactMapValues { $0 }
            for key in Set(wanted.keys).union(actual.keys).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let name = show(key)
                switch (wanted[key], actual[key]) {
                case let (want?, got?):
                    if got != want {
                        Issue.record("\(name): compose \(show(want)), envcheck \(show(got))")
                    }
                case let (want?, nil):
                    Issue.record("\(name): compose \(show(want)), envcheck does not set it")
                case let (nil, got?):
                    Issue.record("\(name): compose does not set it, envcheck \(show(got))")
                case (nil, nil):
                    break
                }
            }
        }
    }

    /// Bytes as a quoted, escaped string: printable ASCII as is, everything else as `\xNN`.
    static func show(_ bytes: [UInt8]) -> String {
        var out = "\""
        for byte in bytes.prefix(200) {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x20..<0x7F: out.append(Character(Unicode.Scalar(byte)))
            default: out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out + (bytes.count > 200 ? "\"…(\(bytes.count) bytes)" : "\"")
    }

    private static func describe(_ resolution: DotenvResolution) -> String {
        let pairs = resolution.variables.map { "\(show(Array($0.name.utf8)))=\(show($0.value))" }
        return "{" + pairs.joined(separator: ", ") + "}"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
