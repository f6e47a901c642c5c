/// How serious a finding is. Ordered: `info < warning < error`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// A hint: never fails a run unless the threshold is lowered to it.
    case info
    /// A likely mistake.
    case warning
    /// A definite misconfiguration: compose rejects it, or the app will misread it.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
