#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent jobs on the machine's cores: plain POSIX threads, no Dispatch and no Swift
/// concurrency runtime, so a short CLI run pays only for the threads it starts (50–200 µs each).
///
/// Jobs are handed out in order, one at a time, to whichever thread is free: put long jobs
/// first. Results come back in job order, so the outcome never depends on the scheduling.
public enum ParallelWork {
    /// How many threads run jobs: the online cores, at most 4; `ENVCHECK_THREADS` overrides it
    /// (1 runs everything on the calling thread, as a benchmark baseline).
    public static let width: Int = {
        if let text = getenv("ENVCHECK_THREADS").map({ String(cString: $0) }), let forced = Int(text), forced >= 1 {
            return min(forced, 64)
        }
        return max(1, min(4, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// Inputs smaller than this many bytes are handled on the calling thread alone: for them,
    /// starting a thread (50–200 µs) costs more than sharing the work saves.
    public static let minimumInputBytes = 64 * 1024

    /// Whether an input of `inputBytes` is worth sharing between threads: large enough, and a
    /// second thread to share with.
    public static func isWorthwhile(inputBytes: Int) -> Bool {
        inputBytes >= minimumInputBytes && width > 1
    }

    /// `job(0) … job(count - 1)`, run on up to `width` threads (the calling one included), or
    /// on the calling thread alone unless `worthwhile`.
    public static func map<Result>(_ count: Int, worthwhile: Bool = true, _ job: (Int) -> Result) -> [Result] {
        let threads = worthwhile ? min(width, count) : 1
        guard threads > 1 else { return (0..<count).map(job) }
        return withoutActuallyEscaping(job) { job in
            let results = UnsafeMutablePointer<Result>.allocate(capacity: count)
            defer { results.deallocate() }
            let queue = JobQueue(count: count) { index in (results + index).initialize(to: job(index)) }
            let helpers = (1..<threads).compactMap { _ in BackgroundThread.start(queue.drain) }
            queue.drain()
            for helper in helpers { helper.join() }
            return (0..<count).map { (results + $0).move() }
        }
    }
}

/// The jobs of one `ParallelWork.map`: a counter under a mutex, taken by every thread until none
/// is left. Each job writes only its own result slot.
private final class JobQueue: @unchecked Sendable {
    private let count: Int
    private let run: (Int) -> Void
    private var next = 0
    private let mutex = PosixMutex()

    init(count: Int, run: @escaping (Int) -> Void) {
        self.count = count
        self.run = run
    }

    /// Runs jobs until every one has been taken.
    func drain() {
        while let index = take() { run(index) }
    }

    private func take() -> Int? {
        mutex.withLock {
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
