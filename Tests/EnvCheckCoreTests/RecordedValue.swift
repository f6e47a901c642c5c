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
