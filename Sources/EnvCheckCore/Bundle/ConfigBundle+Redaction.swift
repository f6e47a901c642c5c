extension ConfigBundle {
    /// A shareable copy: for each secret variable the raw value is removed and the typed value
    /// too, except the non-secret parts of a URL (scheme, user, hosts, ports, database, path,
    /// non-secret parameters); for any other variable whose value carries a URL password or a
    /// secret-looking query parameter, the same parts are removed. Each variable changed is
    /// marked `redacted`.
    public func redacted() -> ConfigBundle {
        var copy = self
        copy.variables = variables.map { $0.redacted() }
        return copy
    }
}

extension ConfigBundle.Variable {
    /// The variable without its secret parts (unchanged when it has none).
    func redacted() -> ConfigBundle.Variable {
        let strippedTyped = typed.map(Self.strippingSecrets)
        let valueHasPassword = value.map { SecretPolicy.maskURLPassword($0) != $0 } ?? false
        guard isSecret || valueHasPassword || strippedTyped != typed else { return self }
        var copy = self
        copy.value = nil
        copy.typed = isSecret ? strippedTyped.flatMap(Self.structuralOnly) : strippedTyped
        copy.isRedacted = true
        return copy
    }

    /// A typed value without passwords and secret-looking parameters.
    private static func strippingSecrets(_ typed: TypedValue) -> TypedValue {
        switch typed {
        case .url(var parts):
            parts.password = nil
            parts.query.removeAll { isSecretParameter($0.name) }
            return .url(parts)
        case .postgres(var url):
            url.password = nil
            url.parameters.removeAll { isSecretParameter($0.name) }
            return .postgres(url)
        case .redis(var url):
            url.password = nil
            return .redis(url)
        default:
            return typed
        }
    }

    /// What may stay of a secret's typed value: the parts of a URL, nothing of anything else.
    private static func structuralOnly(_ typed: TypedValue) -> TypedValue? {
        switch typed {
        case .url, .postgres, .redis: typed
        default: nil
        }
    }

    private static func isSecretParameter(_ name: String) -> Bool {
        SecretPolicy.isSecretKey(name) || name.lowercased().hasPrefix("pass")
    }
}
