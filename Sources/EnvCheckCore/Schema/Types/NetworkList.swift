/// The list handling shared by the `ip` and `cidr` types: one item, or comma-separated items,
/// each reported at its own column.
enum NetworkList {
    /// Parses `text` as one item or, when `list` is set, as a comma-separated list.
    static func parse(_ text: String, list: Bool, noun: String,
                      _ item: (String) -> Result<IPNetwork, IPNotation.Failure>) -> ValueParseResult {
        if text.isEmpty { return .invalid("Empty value; expected an IP \(noun)") }
        guard list else {
            if let comma = text.unicodeScalars.firstIndex(of: ",") {
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: comma)
                return .invalid("Only one \(noun) is allowed; set list: true for a comma-separated list", at: offset)
            }
            switch item(text) {
            case .success(let network): return .valid(.networks([network]))
            case .failure(let failure): return .invalid(failure.message, at: failure.offset)
            }
        }
        var networks: [IPNetwork] = []
        var problems: [ValueProblem] = []
        for entry in IPNotation.items(text) {
            if entry.text.isEmpty {
                problems.append(ValueProblem(severity: .error, message: "Empty item in the list", offset: entry.offset))
                continue
            }
            switch item(entry.text) {
            case .success(let network): networks.append(network)
            case .failure(let failure):
                problems.append(ValueProblem(severity: .error, message: failure.message, offset: entry.offset + failure.offset))
            }
        }
        return problems.isEmpty ? .valid(.networks(networks)) : ValueParseResult(value: nil, problems: problems)
    }
}
