@testable import EnvCheckCore
import Testing

/// `MadeOnce` (a project's services, made by the first rule that needs them) is made once,
/// whichever threads ask, and every reader gets that value.
struct MadeOnceTests {
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    @Test func madeOnceWhateverThreadsAsk() {
        let counter = Counter()
        let once = MadeOnce<[Int]>()
        let make = {
            counter.count += 1
            return Array(0..<10_000)
        }
        let sums = ParallelWork.map(64) { _ in once.value(make).reduce(0, +) }
        #expect(counter.count == 1)
        #expect(Set(sums) == [49_995_000])
    }

    @Test func madeWhenFirstAskedForAndKept() {
        let counter = Counter()
        let once = MadeOnce<Int>()
        #expect(counter.count == 0)
        #expect(once.value { counter.count += 1; return 7 } == 7)
        #expect(once.value { counter.count += 1; return 8 } == 7)
        #expect(counter.count == 1)
    }
}
