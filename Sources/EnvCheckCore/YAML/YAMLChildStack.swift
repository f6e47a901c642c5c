/// The children of the open sequences and mappings, all on one stack: an open container's
/// children are the top of the stack, from the index where it was opened. When the container
/// closes they are moved (not copied: no reference counting) into an array of exactly their
/// number, so no container grows its own array one append at a time.
final class YAMLChildStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of children on the stack.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Pushes a child.
    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The child at `index` (below `count`), read in place.
    func withElement<Result>(at index: Int, _ body: (Element) -> Result) -> Result {
        body((storage + index).pointee)
    }

    /// Removes the children from `start` on and returns them, in order.
    func removeAll(from start: Int) -> [Element] {
        let taken = count - start
        guard taken > 0 else { return [] }
        let result = [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage + start, count: taken)
            initialized = taken
        }
        count = start
        return result
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
