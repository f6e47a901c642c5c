/// Every schema value type, by name: the one list the schema loader and the README use.
public enum ValueTypeRegistry {
    /// All value types, in documentation order.
    public static let all: [any ValueType.Type] = [
        StringType.self, IntegerType.self, NumberType.self, BooleanType.self, EnumType.self,
        DurationType.self, PortType.self, HostType.self, EmailType.self, URLType.self, PostgresURLType.self,
        RedisURLType.self, IPType.self, CIDRType.self, TrustProxyType.self, SecretType.self,
    ]

    /// The type named `name` in schema files (`duration`, `postgres-url`, …), or nil.
    public static func type(named name: String) -> (any ValueType.Type)? {
        all.first { $0.name == name }
    }
}
