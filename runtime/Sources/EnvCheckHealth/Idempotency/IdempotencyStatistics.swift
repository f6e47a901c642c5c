/// Counters of the idempotency store, for `/health/detailed`.
public struct IdempotencyStatistics: Sendable, Equatable {
    /// Entries held (in flight and completed, not yet expired).
    public var size = 0
    /// Entries whose first request is still running.
    public var inFlight = 0
    /// The most entries held.
    public var capacity = 0
    /// Requests whose key was already known.
    public var hits = 0
    /// Stored responses replayed.
    public var replays = 0
    /// 409s: the key reused with another request, or while its first request was in flight.
    public var conflicts = 0
    /// Completed entries dropped to make room (least recently used first).
    public var evictions = 0
    /// Completed entries dropped because their time to live ended.
    public var expirations = 0
    /// 503s: the store was full of requests in flight.
    public var rejections = 0
}
