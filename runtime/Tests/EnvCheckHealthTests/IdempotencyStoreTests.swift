import EnvCheckHealth
import Hummingbird
import Testing

extension HealthTests {
    /// The idempotency store on its own: claims, replays, TTL, LRU of completed entries only.
    @Suite struct IdempotencyStoreTests {
        static func response(_ text: String) -> StoredResponse {
            StoredResponse(status: .created, headers: [:], body: ByteBuffer(string: text))
        }

        @Test func claimReplayMismatchInFlight() {
            let store = IdempotencyStore(timeToLive: .seconds(60), capacity: 10)
            #expect(store.claim("k", fingerprint: [1]) == .claimed)
            #expect(store.claim("k", fingerprint: [1]) == .inFlight)
            #expect(store.claim("k", fingerprint: [2]) == .mismatch)
            store.complete("k", response: Self.response("one"))
            #expect(store.claim("k", fingerprint: [1]) == .replay(Self.response("one")))
            #expect(store.claim("k", fingerprint: [2]) == .mismatch)
            let statistics = store.statistics()
            #expect(statistics.hits == 4)
            #expect(statistics.replays == 1)
            #expect(statistics.conflicts == 3)
            #expect(statistics.size == 1)
            #expect(statistics.inFlight == 0)
        }

        @Test func entriesExpireAfterTheirTimeToLive() {
            let store = IdempotencyStore(timeToLive: .seconds(60), capacity: 10)
            let start = ContinuousClock.now
            #expect(store.claim("k", fingerprint: [1], now: start) == .claimed)
            store.complete("k", response: Self.response("one"), now: start)
            #expect(store.claim("k", fingerprint: [1], now: start + .seconds(59)) == .replay(Self.response("one")))
            #expect(store.claim("k", fingerprint: [2], now: start + .seconds(60)) == .claimed, "expired: the key is new again")
            #expect(store.statistics(now: start + .seconds(60)).expirations == 1)
        }

        @Test func evictsTheLeastRecentlyUsedCompletedEntry() {
            let store = IdempotencyStore(timeToLive: .seconds(60), capacity: 3)
            for key in ["a", "b", "c"] {
                #expect(store.claim(key, fingerprint: [0]) == .claimed)
                store.complete(key, response: Self.response(key))
            }
            #expect(store.claim("a", fingerprint: [0]) == .replay(Self.response("a")), "a is now the most recently used")
            #expect(store.claim("d", fingerprint: [0]) == .claimed)
            #expect(store.claim("b", fingerprint: [0]) == .claimed, "b was evicted")
            #expect(store.claim("a", fingerprint: [0]) == .replay(Self.response("a")))
            #expect(store.statistics().evictions == 2, "claiming b again evicted c")
        }

        @Test func neverEvictsInFlightEntries() {
            let store = IdempotencyStore(timeToLive: .seconds(60), capacity: 2)
            #expect(store.claim("a", fingerprint: [0]) == .claimed)
            #expect(store.claim("b", fingerprint: [0]) == .claimed)
            #expect(store.claim("c", fingerprint: [0]) == .full)
            store.complete("a", response: Self.response("a"))
            #expect(store.claim("c", fingerprint: [0]) == .claimed, "a completed, so it can be evicted")
            #expect(store.claim("b", fingerprint: [0]) == .inFlight)
            #expect(store.statistics().rejections == 1)
            #expect(store.statistics().evictions == 1)
        }

        @Test func releaseForgetsAClaim() {
            let store = IdempotencyStore(timeToLive: .seconds(60), capacity: 2)
            #expect(store.claim("a", fingerprint: [0]) == .claimed)
            store.release("a")
            #expect(store.claim("a", fingerprint: [9]) == .claimed)
        }

        @Test func keysAreNamespacedByEnvironment() {
            #expect(IdempotencyKey.namespaced("k", environment: "production") != IdempotencyKey.namespaced("k", environment: "staging"))
            #expect(IdempotencyKey.namespaced("b:c", environment: "a") != IdempotencyKey.namespaced("c", environment: "a:b"))
        }

        @Test func keyHeaderParsing() {
            #expect((try? IdempotencyKey.parse(["abc"]).get()) == "abc")
            #expect((try? IdempotencyKey.parse(["  \"a b\\\"c\"  "]).get()) == "a b\"c")
            #expect((try? IdempotencyKey.parse(["a", "b"]).get()) == nil)
            #expect((try? IdempotencyKey.parse(["\"\""]).get()) == nil)
            #expect((try? IdempotencyKey.parse(["é"]).get()) == nil)
        }

        @Test func fingerprintCoversMethodPathAndBody() {
            let base = IdempotencyFingerprint.of(method: "POST", path: "/v1/items", body: ByteBuffer(string: "x"))
            #expect(base == IdempotencyFingerprint.of(method: "POST", path: "/v1/items", body: ByteBuffer(string: "x")))
            #expect(base != IdempotencyFingerprint.of(method: "PUT", path: "/v1/items", body: ByteBuffer(string: "x")))
            #expect(base != IdempotencyFingerprint.of(method: "POST", path: "/v1/items/", body: ByteBuffer(string: "x")))
            #expect(base != IdempotencyFingerprint.of(method: "POST", path: "/v1/items", body: ByteBuffer(string: "y")))
        }
    }
}
