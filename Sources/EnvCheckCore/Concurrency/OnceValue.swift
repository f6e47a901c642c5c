#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value made on first use, once, by whichever thread asks first; a thread that asks while it
/// is being made waits for it. Lets the rules that do not need a costly part of their input start
/// while the first rule that does need it makes it.
final class OnceValue<Value>: @unchecked Sendable {
    private var value: Value?
    private let make: () -> Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    /// A value that `make` makes when it is first read.
    init(_ make: @escaping () -> Value) {
        self.make = make
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The value, made now if no thread has made it yet.
    var wrappedValue: Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
