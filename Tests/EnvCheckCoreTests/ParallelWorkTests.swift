import Glibc
import Testing
@testable import EnvCheckCore

struct ParallelWorkTests {
    @Test func resultsComeBackInJobOrderWithEveryJobRunOnce() {
        let runs = RunCounter(count: 1000)
        let results = ParallelWork.map(1000) { index in
            runs.record(index)
            return "job \(index)"
        }
        #expect(results == (0..<1000).map { "job \($0)" })
        #expect(runs.counts == Array(repeating: 1, count: 1000))
    }

    @Test func noJobsAndOneJob() {
        #expect(ParallelWork.map(0) { $0 }.isEmpty)
        #expect(ParallelWork.map(1) { $0 + 41 } == [41])
    }

    /// With two or more threads, two jobs run at the same time: the first waits (up to two
    /// seconds) for the second to start, which it could never see if they ran one after the other.
    @Test func jobsRunSideBySide() throws {
        try #require(ParallelWork.width > 1, "this machine runs jobs on one thread")
        let runs = RunCounter(count: 2)
        let sawTheOther = ParallelWork.map(2) { index -> Bool in
            runs.record(index)
            guard index == 0 else { return true }
            for _ in 0..<2000 {
                if runs.counts[1] == 1 { return true }
                usleep(1000)
            }
            return false
        }
        #expect(sawTheOther == [true, true])
    }
}

/// How often each job ran, safe to update from several threads.
private final class RunCounter: @unchecked Sendable {
    private var storage: [Int]
    private var mutex = pthread_mutex_t()

    init(count: Int) {
        storage = Array(repeating: 0, count: count)
        pthread_mutex_init(&mutex, nil)
    }

    func record(_ index: Int) {
        pthread_mutex_lock(&mutex)
        storage[index] += 1
        pthread_mutex_unlock(&mutex)
    }

    var counts: [Int] {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return storage
    }
}
