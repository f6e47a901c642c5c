import EnvCheckCore
import Hummingbird

/// What makes two requests "the same request" for one idempotency key.
public enum IdempotencyFingerprint {
    /// SHA-256 over the method, the path and the body, each preceded by its length so fields
    /// cannot run into each other.
    public static func of(method: String, path: String, body: ByteBuffer) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in [Array(method.utf8), Array(path.utf8), Array(body.readableBytesView)] {
            bytes += Array(String(field.count).utf8) + [0] + field
        }
        return SHA256.hash(bytes)
    }
}
