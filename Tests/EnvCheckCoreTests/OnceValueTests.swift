@testable import EnvCheckCore
import Testing

/// `OnceValue` (a project's services, made by the first rule that needs them) is made once,
/// whichever threads ask, and every reader gets that value.
struct OnceValueTests {
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    @Test func madeOnceWhateverThreadsAsk() {
        let counter = Counter()
        let value = OnceValue<[Int]> {
            counter.count += 1
            return Array(0..<10_000)
        }
        let sums = ParallelWork.map(64) { _ in value.wrappedValue.reduce(0, +) }
        #expect(counter.count == 1)
        #expect(Set(sums) == [49_995_000])
    }

    @Test func notMadeUntilAsked() {
        let counter = Counter()
        let value = OnceValue<Int> {
            counter.count += 1
            return 7
        }
        #expect(counter.count == 0)
        #expect(value.wrappedValue == 7 && value.wrappedValue == 7)
        #expect(counter.count == 1)
    }
}
