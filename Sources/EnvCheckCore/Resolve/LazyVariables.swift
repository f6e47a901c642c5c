#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The final variables of a resolution, made on first use and kept: `DotenvResolution.variables`
/// is read several times by some callers (a count, then a loop), and making it is a pass over the
/// file. A resolution may be shared between threads, so the first use takes a lock.
final class LazyVariables: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var made: [ResolvedVariable]?

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The variables, made with `make` the first time.
    func value(_ make: () -> [ResolvedVariable]) -> [ResolvedVariable] {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let made { return made }
        let variables = make()
        made = variables
        return variables
    }
}
