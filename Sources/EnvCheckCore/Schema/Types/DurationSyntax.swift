/// The scanner behind the `duration` type: `<digits><unit>` segments, units from largest to
/// smallest, each at most once, in whole milliseconds.
enum DurationSyntax {
    /// A duration unit.
    enum Unit: String, CaseIterable {
        case days = "d", hours = "h", minutes = "m", seconds = "s", milliseconds = "ms"

        /// Milliseconds in one unit.
        var milliseconds: Int {
            switch self {
            case .days: 86_400_000
            case .hours: 3_600_000
            case .minutes: 60_000
            case .seconds: 1000
            case .milliseconds: 1
            }
        }

        /// Larger units first.
        var rank: Int { Unit.allCases.firstIndex(of: self)! }

        /// The units as a message lists them.
        static let list = "ms, s, m, h or d"
    }

    /// Why a text is not a duration, and where.
    struct Failure: Error {
        /// The message (never quoting the value; it may name a unit).
        var message: String
        /// The 0-based Unicode-scalar column, when the problem has a place.
        var offset: Int?
    }

    /// Parses `text` into milliseconds; a bare number means `bareUnit` when one is given.
    static func milliseconds(_ text: String, bareUnit: Unit?) -> Result<Int, Failure> {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else {
            return .failure(Failure(message: "Empty value; expected a duration such as 30s or 1h30m", offset: nil))
        }
        if first == "-" { return .failure(Failure(message: "Negative durations are not allowed", offset: 0)) }
        if first == "+" { return .failure(Failure(message: "A sign is not allowed", offset: 0)) }
        if scalars.allSatisfy(isDigit) { return bare(text, count: scalars.count, unit: bareUnit) }
        var total = 0
        var previous: Unit?
        var index = 0
        while index < scalars.count {
            let segment = index
            guard isDigit(scalars[index]) else { return .failure(unexpected(scalars, at: index, expected: "a number before each unit")) }
            var amount = 0
            while index < scalars.count, isDigit(scalars[index]) {
                guard let next = multiplyAdd(amount, 10, Int(scalars[index].value - 48)) else { return tooLarge(segment) }
                amount = next
                index += 1
            }
            guard index < scalars.count else {
                return .failure(Failure(message: "Missing unit after the last number (\(Unit.list))", offset: index))
            }
            if scalars[index] == "." || scalars[index] == "," {
                return .failure(Failure(message: "Fractional amounts are not allowed; combine units instead (e.g. 1h30m)", offset: index))
            }
            let unitStart = index
            while index < scalars.count, isLetter(scalars[index]) { index += 1 }
            guard index > unitStart else { return .failure(unexpected(scalars, at: index, expected: "a unit (\(Unit.list))")) }
            let written = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            let unit: Unit
            switch resolve(written) {
            case .success(let resolved): unit = resolved
            case .failure(let failure): return .failure(Failure(message: failure.message, offset: unitStart))
            }
            if let previous, unit == previous {
                return .failure(Failure(message: "Unit \(unit.rawValue) appears twice", offset: unitStart))
            }
            if let previous, unit.rank < previous.rank {
                return .failure(Failure(message: "Units must go from largest to smallest (d, h, m, s, ms)", offset: segment))
            }
            guard let sum = multiplyAdd(amount, unit.milliseconds, total) else { return tooLarge(segment) }
            total = sum
            previous = unit
        }
        return .success(total)
    }

    private static func bare(_ text: String, count: Int, unit: Unit?) -> Result<Int, Failure> {
        guard let unit else {
            return .failure(Failure(message: "A unit is required (\(Unit.list)); the schema sets no unit for a bare number", offset: count))
        }
        guard let amount = Int(text), let total = multiplyAdd(amount, unit.milliseconds, 0) else { return tooLarge(0) }
        return .success(total)
    }

    private static func resolve(_ written: String) -> Result<Unit, Failure> {
        if let unit = Unit(rawValue: written) { return .success(unit) }
        if Unit(rawValue: written.lowercased()) != nil {
            return .failure(Failure(message: "Units are lowercase (\(Unit.list))", offset: nil))
        }
        let named = written.unicodeScalars.count <= 8 ? "Unknown unit \(written)" : "Unknown unit"
        return .failure(Failure(message: "\(named); use \(Unit.list)", offset: nil))
    }

    private static func unexpected(_ scalars: [Unicode.Scalar], at index: Int, expected: String) -> Failure {
        if [" ", "\t", "\n", "\r"].contains(scalars[index]) { return Failure(message: "Whitespace is not allowed", offset: index) }
        return Failure(message: "Unexpected character; expected \(expected)", offset: index)
    }

    private static func tooLarge(_ offset: Int) -> Result<Int, Failure> {
        .failure(Failure(message: "Duration is too large", offset: offset))
    }

    private static func multiplyAdd(_ value: Int, _ factor: Int, _ addend: Int) -> Int? {
        let product = value.multipliedReportingOverflow(by: factor)
        guard !product.overflow else { return nil }
        let sum = product.partialValue.addingReportingOverflow(addend)
        return sum.overflow ? nil : sum.partialValue
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "µ"
    }
}
