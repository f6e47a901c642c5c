import HTTPTypes

extension HTTPField.Name {
    /// `X-Request-ID`.
    public static let requestID = HTTPField.Name("X-Request-ID")!
    /// `X-Health-Key`.
    public static let healthKey = HTTPField.Name("X-Health-Key")!
    /// `X-Forwarded-For`.
    public static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    /// `Idempotency-Key`.
    public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `Idempotent-Replayed`.
    public static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}
