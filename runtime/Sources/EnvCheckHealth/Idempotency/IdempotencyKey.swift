/// The `Idempotency-Key` request header (draft-ietf-httpapi-idempotency-key-header): a
/// Structured Field string, `"…"`, also accepted bare.
public enum IdempotencyKey {
    /// The longest key accepted.
    public static let maximumLength = 255

    /// The key of the header's values, or the reason it is refused: exactly one header; the
    /// value quoted (with `\"` and `\\` escapes) or bare; 1–255 characters of printable ASCII
    /// (a bare key: no spaces or quotes).
    public static func parse(_ values: [String]) -> Result<String, Refusal> {
        guard values.count == 1, var text = values.first.map({ Substring($0) }) else { return .failure(Refusal("Send exactly one Idempotency-Key header")) }
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        let key: String
        if text.first == "\"" {
            guard let unquoted = unquote(text) else { return .failure(Refusal("Idempotency-Key is not a valid quoted string")) }
            key = unquoted
        } else {
            guard text.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E && $0 != UInt8(ascii: "\"") }) else {
                return .failure(Refusal("Idempotency-Key must be printable ASCII (quote it to include spaces)"))
            }
            key = String(text)
        }
        if key.isEmpty { return .failure(Refusal("Idempotency-Key is empty")) }
        if key.utf8.count > maximumLength { return .failure(Refusal("Idempotency-Key is longer than \(maximumLength) characters")) }
        return .success(key)
    }

    /// Why a key was refused (the text never repeats the key).
    public struct Refusal: Error, Equatable, Sendable {
        /// The reason.
        public var message: String
        init(_ message: String) { self.message = message }
    }

    /// The key as stored: namespaced by the environment, so that one store shared by several
    /// environments never mixes their keys.
    public static func namespaced(_ key: String, environment: String) -> String {
        "\(environment.utf8.count):\(environment):\(key)"
    }

    private static func unquote(_ text: Substring) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.last == UInt8(ascii: "\"") else { return nil }
        var result: [UInt8] = []
        var index = 1
        while index < bytes.count - 1 {
            var byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count - 1, bytes[index] == UInt8(ascii: "\\") || bytes[index] == UInt8(ascii: "\"") else { return nil }
                byte = bytes[index]
            } else if byte == UInt8(ascii: "\"") || byte < 0x20 || byte > 0x7E {
                return nil
            }
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
