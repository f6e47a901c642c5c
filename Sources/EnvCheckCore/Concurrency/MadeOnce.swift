/// A value made on first use, once, by whichever thread asks first, and kept; a thread that asks
/// while it is being made waits for it. A resolution's final variables (read several times by some
/// callers) and a compose project's services (made by the first rule that needs them, while
/// rules that do not run beside it) are made this way.
final class MadeOnce<Value>: @unchecked Sendable {
    private let mutex = PosixMutex()
    private var made: Value?

    /// The value, made with `make` the first time.
    func value(_ make: () -> Value) -> Value {
        mutex.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
