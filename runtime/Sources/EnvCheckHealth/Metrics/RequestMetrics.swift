import NIOConcurrencyHelpers

/// Request counts by route and status, for `/health/detailed`. Thread-safe.
public final class RequestMetrics: Sendable {
    private let counts = NIOLockedValueBox<[RouteKey: [Int: Int]]>([:])

    /// One route: the method and the matched path pattern (Hummingbird names an unmatched request `NotFound`).
    public struct RouteKey: Hashable, Sendable, Comparable {
        /// The HTTP method.
        public var method: String
        /// The route's path pattern.
        public var path: String

        /// `GET /healthz`.
        public var description: String { "\(method) \(path)" }

        /// Orders by path, then method.
        public static func < (lhs: RouteKey, rhs: RouteKey) -> Bool {
            (lhs.path, lhs.method) < (rhs.path, rhs.method)
        }
    }

    /// Creates empty metrics.
    public init() {}

    /// Counts one answered request.
    public func record(method: String, path: String, status: Int) {
        counts.withLockedValue { counts in
            counts[RouteKey(method: method, path: path), default: [:]][status, default: 0] += 1
        }
    }

    /// The counts so far: route → status → count.
    public func snapshot() -> [RouteKey: [Int: Int]] {
        counts.withLockedValue { $0 }
    }
}
