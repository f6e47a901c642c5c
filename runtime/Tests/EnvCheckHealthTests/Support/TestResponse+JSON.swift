import EnvCheckCore
import HummingbirdTesting

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as JSON (null when it is not JSON).
    var json: JSONValue { (try? JSONReader.parse(Array(body.readableBytesView))) ?? .null }
}
