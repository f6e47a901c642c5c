import NIOConcurrencyHelpers

/// The in-memory idempotency store: claims keys atomically, keeps completed responses for
/// their time to live, and holds at most `capacity` entries, evicting the least recently used
/// *completed* entry when a new key needs room (an entry in flight is never evicted; when every
/// slot is in flight a new key is refused). Thread-safe.
public final class IdempotencyStore: Sendable {
    /// What a claim found.
    public enum Claim: Sendable, Equatable {
        /// The key is new and now in flight for the caller, who must `complete` or `release` it.
        case claimed
        /// The key's request completed before: replay its response.
        case replay(StoredResponse)
        /// The key was used with another request (method, path or body differ).
        case mismatch
        /// The key's first request is still running.
        case inFlight
        /// Every slot holds a request in flight.
        case full
    }

    private struct Entry: Sendable {
        var fingerprint: [UInt8]
        var response: StoredResponse?
        var generation: Int
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var recency = LRUOrder<String>()
        var expiries: [(key: String, at: ContinuousClock.Instant, generation: Int)] = []
        var expiryHead = 0
        var generation = 0
        var statistics = IdempotencyStatistics()
    }

    /// How long a completed entry is kept.
    public let timeToLive: Duration
    /// The most entries held.
    public let capacity: Int
    private let state = NIOLockedValueBox(State())

    /// Creates an empty store.
    public init(timeToLive: Duration, capacity: Int) {
        self.timeToLive = timeToLive
        self.capacity = max(1, capacity)
    }

    /// Claims `key` for a request with `fingerprint`, atomically.
    public func claim(_ key: String, fingerprint: [UInt8], now: ContinuousClock.Instant = .now) -> Claim {
        state.withLockedValue { state in
            Self.purgeExpired(&state, now: now)
            if let entry = state.entries[key] {
                state.statistics.hits += 1
                guard entry.fingerprint == fingerprint else {
                    state.statistics.conflicts += 1
                    return .mismatch
                }
                guard let response = entry.response else {
                    state.statistics.conflicts += 1
                    return .inFlight
                }
                state.recency.touch(key)
                state.statistics.replays += 1
                return .replay(response)
            }
            if state.entries.count >= capacity {
                guard let victim = state.recency.popOldest() else {
                    state.statistics.rejections += 1
                    return .full
                }
                state.entries[victim] = nil
                state.statistics.evictions += 1
            }
            state.generation += 1
            state.entries[key] = Entry(fingerprint: fingerprint, response: nil, generation: state.generation)
            return .claimed
        }
    }

    /// Stores the response of a claimed key; it expires `timeToLive` from now.
    public func complete(_ key: String, response: StoredResponse, now: ContinuousClock.Instant = .now) {
        state.withLockedValue { state in
            guard var entry = state.entries[key], entry.response == nil else { return }
            entry.response = response
            state.entries[key] = entry
            state.recency.touch(key)
            state.expiries.append((key, now + timeToLive, entry.generation))
        }
    }

    /// Forgets a claimed key whose request failed, so that the client can retry it.
    public func release(_ key: String) {
        state.withLockedValue { state in
            guard let entry = state.entries[key], entry.response == nil else { return }
            state.entries[key] = nil
        }
    }

    /// The counters, after dropping expired entries.
    public func statistics(now: ContinuousClock.Instant = .now) -> IdempotencyStatistics {
        state.withLockedValue { state in
            Self.purgeExpired(&state, now: now)
            var statistics = state.statistics
            statistics.size = state.entries.count
            statistics.inFlight = state.entries.count - state.recency.count
            statistics.capacity = capacity
            return statistics
        }
    }

    /// Completed entries expire in the order they completed (one time to live for all), so a
    /// queue finds the expired ones without scanning.
    private static func purgeExpired(_ state: inout State, now: ContinuousClock.Instant) {
        while state.expiryHead < state.expiries.count, state.expiries[state.expiryHead].at <= now {
            let expiry = state.expiries[state.expiryHead]
            state.expiryHead += 1
            guard let entry = state.entries[expiry.key], entry.generation == expiry.generation else { continue }
            state.entries[expiry.key] = nil
            state.recency.remove(expiry.key)
            state.statistics.expirations += 1
        }
        if state.expiryHead > 1024, state.expiryHead * 2 > state.expiries.count {
            state.expiries.removeFirst(state.expiryHead)
            state.expiryHead = 0
        }
    }
}
