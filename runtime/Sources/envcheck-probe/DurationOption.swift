/// `500ms`, `3s`, `2m`, or bare seconds.
enum DurationOption {
    static func parse(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0, number < 86_400 else { return nil }
            return .milliseconds(Int64((number * scale * 1000).rounded()))
        }
        guard let seconds = Double(text), seconds >= 0, seconds < 86_400 else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
