import Foundation

/// How the differential recorders (`scripts/record-*differential.py`) store a value in
/// `expected.json`: a string (UTF-8), `{"base64": …}` (exact bytes, for invalid UTF-8), or null
/// (unset).
enum RecordedValue {
    /// A value in an unknown form.
    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    /// The bytes of a recorded value, or `nil` for null.
    static func decode(_ value: Any, key: String) throws -> [UInt8]? {
        if value is NSNull { return nil }
        if let text = value as? String { return Array(text.utf8) }
        if let object = value as? [String: Any], let encoded = object["base64"] as? String,
           let data = Data(base64Encoded: encoded) {
            return [UInt8](data)
        }
        throw FormatError(description: "value of \(key) has an unknown form")
    }
}

extension RecordedValue {
    /// A case's process environment: `environment.json` (an object of strings), or none.
    static func environment(in folder: URL) throws -> [String: String] {
        let url = folder.appendingPathComponent("environment.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: String] else {
            throw FormatError(description: "environment.json is not an object of strings")
        }
        return object
    }

    /// A case's `expected.json`, as recorded from docker compose.
    static func expected(in folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        guard let expected = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FormatError(description: "expected.json is not an object")
        }
        return expected
    }
}
