import Foundation
import Testing

/// Golden files under `Tests/Fixtures/reporters/`, compared byte for byte and re-recorded
/// when `ENVCHECK_RECORD=1` is set.
enum Golden {
    /// `Tests/Fixtures/reporters`.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("reporters")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["ENVCHECK_RECORD"] == "1" }

    /// The bytes of a fixture file.
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// Checks `actual` against `<name>.golden`, or writes it when recording.
    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".golden")
        if isRecording {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("Missing golden file \(name).golden: run with ENVCHECK_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != Data(actual.utf8) else { return }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        Issue.record("""
            \(name).golden differs at line \(index + 1) (re-record with ENVCHECK_RECORD=1 and review the diff):
              expected: \(want.debugDescription)
              actual:   \(got.debugDescription)
            """, sourceLocation: sourceLocation)
    }
}
