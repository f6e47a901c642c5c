/// Who may read `/health/detailed`.
public enum DetailedAccess: Equatable, Sendable {
    /// Allowed: from localhost (no key needed) or with the right key.
    case allowed
    /// 401: not local and no `X-Health-Key`.
    case missingKey
    /// 403: not local and a wrong key (or no `HEALTH_KEY` configured, so no key can be right).
    case wrongKey

    /// Decides from whether the request is local (`ClientAddress.isLocal`), the
    /// `X-Health-Key` header values it sent, and the configured `HEALTH_KEY`.
    public static func decide(isLocal: Bool, presentedKeys: [String], expectedKey: String?) -> DetailedAccess {
        if isLocal { return .allowed }
        guard let presented = presentedKeys.first else { return .missingKey }
        guard presentedKeys.count == 1, let expectedKey, !expectedKey.isEmpty else { return .wrongKey }
        return SecretComparison.matches(presented, expectedKey) ? .allowed : .wrongKey
    }
}
