@testable import EnvCheckCore
import Testing

struct PostgresURLTypeTests {
    static let type = PostgresURLType()

    static func url(_ hosts: [HostPort] = [], user: String? = nil, password: String? = nil, database: String? = nil,
                    _ parameters: [(String, String)] = []) -> PostgresURL {
        PostgresURL(hosts: hosts, user: user, password: password, database: database,
                    parameters: parameters.map { QueryItem(name: $0.0, value: $0.1) })
    }

    static func host(_ name: String, _ port: Int? = nil) -> HostPort { HostPort(host: name, port: port) }

    @Test(arguments: [
        ("postgresql://localhost", url([host("localhost")])),
        ("postgres://app:secret@db:5432/app", url([host("db", 5432)], user: "app", password: "secret", database: "app")),
        ("postgresql://", url()),
        ("postgresql:///mydb", url(database: "mydb")),
        ("postgresql://%2Fvar%2Frun%2Fpostgresql/mydb", url([host("/var/run/postgresql")], database: "mydb")),
        ("postgresql://host1:5432,host2:5433/db", url([host("host1", 5432), host("host2", 5433)], database: "db")),
        ("postgresql://[::1]:5432/db", url([host("::1", 5432)], database: "db")),
        ("postgresql://[2001:db8::1],10.0.0.5:6432/db?target_session_attrs=read-write",
         url([host("2001:db8::1"), host("10.0.0.5", 6432)], database: "db", [("target_session_attrs", "read-write")])),
        ("postgres://u:p%40ss%23w%2Frd%3F@db/app", url([host("db")], user: "u", password: "p@ss#w/rd?", database: "app")),
        ("postgres://u:pa:ss@db/app", url([host("db")], user: "u", password: "pa:ss", database: "app")),
        ("postgresql:///db?host=/var/run/postgresql", url([host("/var/run/postgresql")], database: "db", [("host", "/var/run/postgresql")])),
        ("postgresql://db/app?sslmode=verify-full&sslrootcert=system",
         url([host("db")], database: "app", [("sslmode", "verify-full"), ("sslrootcert", "system")])),
        ("postgresql://db/app?ssl=true", url([host("db")], database: "app", [("sslmode", "require")])),
        ("postgresql://db/app?connect_timeout=10&application_name=envcheck%20probe",
         url([host("db")], database: "app", [("connect_timeout", "10"), ("application_name", "envcheck probe")])),
        ("postgresql://:5433/db", url([host("", 5433)], database: "db")),
        ("postgresql://my_db:5432/app", url([host("my_db", 5432)], database: "app")),
        ("postgresql://h1,h2/db?port=6432", url([host("h1", 6432), host("h2", 6432)], database: "db", [("port", "6432")])),
        ("postgresql://db/app?user=other&password=pw",
         url([host("db")], user: "other", password: "pw", database: "app", [("user", "other"), ("password", "pw")])),
        ("postgresql://db/app?sslnegotiation=direct&sslmode=require",
         url([host("db")], database: "app", [("sslnegotiation", "direct"), ("sslmode", "require")])),
        ("postgresql://db/app?options=-c%20search_path%3Dapp", url([host("db")], database: "app", [("options", "-c search_path=app")])),
        ("postgres://@db/app", url([host("db")], database: "app")),
        ("postgresql://db/app?require_auth=!password,!md5&gssencmode=disable",
         url([host("db")], database: "app", [("require_auth", "!password,!md5"), ("gssencmode", "disable")])),
        ("postgresql://db/app?ssl_min_protocol_version=tlsv1.2&load_balance_hosts=random&",
         url([host("db")], database: "app", [("ssl_min_protocol_version", "tlsv1.2"), ("load_balance_hosts", "random")])),
        ("postgresql://db/my%20db?", url([host("db")], database: "my db")),
        ("postgres://host/db@x", url([host("host")], database: "db@x")),
        ("postgres://host/db?application_name=a@b", url([host("host")], database: "db", [("application_name", "a@b")])),
        ("postgresql://db,/app", url([host("db"), host("")], database: "app")),
    ])
    func valid(text: String, expected: PostgresURL) {
        let result = Self.type.parse(text)
        #expect(result.value == .postgres(expected))
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test(arguments: [
        // Unencoded delimiters in the user information.
        ("postgres://u:p@ss@host/db", "Unencoded @ in the password; percent-encode it as %40", 14),
        ("postgres://u:p#ss@host/db", "Unencoded # in the password; percent-encode it as %23", 14),
        ("postgres://u:p/ss@host/db", "Unencoded / in the password; percent-encode it as %2F", 14),
        ("postgres://u:p?ss@host/db", "Unencoded ? in the password; percent-encode it as %3F", 14),
        ("postgres://u:12/ss@host/db", "Unencoded / in the password; percent-encode it as %2F", 15),
        ("postgres://u:12?ss@host/db", "Unencoded ? in the password; percent-encode it as %3F", 15),
        ("postgres://u:12#ss@host/db", "Unencoded # in the password; percent-encode it as %23", 15),
        ("postgres://u:p@s/s@host:5432/db", "Unencoded @ in the password; percent-encode it as %40", 14),
        ("postgres://us@er:pw@host/db", "Unencoded @ in the user name; percent-encode it as %40", 13),
        ("postgres://us:pw/x@host/db?sslmode=require", "Unencoded / in the password; percent-encode it as %2F", 16),
        ("postgres://host?application_name=a@b", "Unencoded @ before any /: libpq reads everything before it as user and password", 34),
        ("postgresql://u:p%zz@db/app", "A % in the password must start a %XX escape", 16),
        ("postgresql://u:p%00@db/app", "%00 is not allowed in the password", 16),
        // Scheme and shape.
        ("", "Empty value", nil),
        (" postgresql://db", "starts with whitespace", 0),
        ("POSTGRES://db/app", "lowercase", 0),
        ("postgres:/db/app", "Expected // after the scheme", 9),
        ("mysql://db/app", "Scheme must be postgresql:// or postgres://", 0),
        ("jdbc:postgresql://db/app", "Remove the jdbc: prefix", 0),
        ("host=db dbname=app", "not a keyword/value connection string", 0),
        ("db:5432", "Expected a connection URI starting with postgresql://", 0),
        // Hosts and ports.
        ("postgresql://db:abc/app", "Port must be a decimal number", 16),
        ("postgresql://db:70000/app", "Port must be between 1 and 65535", 16),
        ("postgresql://db:0/app", "Port must be between 1 and 65535", 16),
        ("postgresql://[::1/app", "Missing ] after the IPv6 address", 13),
        ("postgresql://[::1]x/app", "Unexpected character after ]", 18),
        ("postgresql://d b/app", "Host contains whitespace", 14),
        ("postgresql://h1,h2,h3/db?port=1,2", "2 ports for 3 hosts", 30),
        ("postgresql://db/app?host=bad_host-", "Host label ends with a hyphen", 33),
        ("postgresql://db/app?hostaddr=db.internal", "numeric IP addresses", 29),
        ("postgresql://db/app#frag", "Unencoded #", 19),
        // Parameters.
        ("postgresql://db/app?sslmode=required", "sslmode must be disable, allow, prefer, require, verify-ca or verify-full", 28),
        ("postgresql://db/app?sslmdoe=require", "Unknown connection parameter sslmdoe; did you mean sslmode?", 20),
        ("postgresql://db/app?schema=public", "Unknown connection parameter schema (a Prisma option that libpq rejects)", 20),
        ("postgresql://db/app?connect_timeout=ten", "connect_timeout must be an integer", 36),
        ("postgresql://db/app?keepalives_idle=99999999999", "keepalives_idle is too large", 36),
        ("postgresql://db/app?application_name", "Parameter without = (expected name=value)", 20),
        ("postgresql://db/app?sslmode=require&&connect_timeout=5", "Parameter without =", 36),
        ("postgresql://db/app?options=-c search_path=app", "A second = in a parameter", 42),
        ("postgresql://db/app?ssl=1", "libpq accepts ssl only as ssl=true", 20),
        ("postgresql://db/app?target_session_attrs=master", "target_session_attrs must be any, read-write", 41),
        ("postgresql://db/app?channel_binding=required", "channel_binding must be disable, prefer or require", 36),
        ("postgresql://db/app?sslnegotiation=direct&sslmode=prefer", "sslnegotiation=direct requires sslmode", 35),
        ("postgresql://db/app?sslrootcert=system&sslmode=require", "sslrootcert=system requires sslmode verify-full", 47),
        ("postgresql://db/app?ssl_min_protocol_version=TLSv1.3&ssl_max_protocol_version=TLSv1.2",
         "ssl_min_protocol_version is above ssl_max_protocol_version", 45),
        ("postgresql://db/app?ssl_max_protocol_version=TLSv1.4", "ssl_max_protocol_version must be TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3", 45),
        ("postgresql://db/app?require_auth=password,!md5", "cannot mix negated", 42),
        ("postgresql://db/app?require_auth=kerberos", "require_auth methods are", 33),
        ("postgresql://db/app?min_protocol_version=3.1", "min_protocol_version must be 3.0, 3.2 or latest", 41),
        ("postgresql://db/app?%zz=1", "A % in the parameter name must start a %XX escape", 20),
    ] as [(String, String, Int?)])
    func invalid(text: String, fragment: String, offset: Int?) {
        let result = Self.type.parse(text)
        #expect(result.value == nil)
        let problem = result.problems.first { $0.severity == .error }
        #expect(problem?.message.contains(fragment) == true, "\(problem?.message ?? "no error")")
        #expect(problem?.offset == offset)
    }

    @Test(arguments: [
        "postgres://app:hunter2@two@db/app", "postgres://app:hunter2/x@db/app", "postgres://app:hunter2?x@db/app",
        "postgres://app:hunter2#x@db/app", "postgres://app:hunter2%@db/app", "postgres://app:hunter2@db:x/app",
        "postgres://app:hunter2@db/app?sslmode=hunter2",
    ])
    func messagesNeverQuoteThePassword(text: String) {
        let result = Self.type.parse(text)
        #expect(result.value == nil)
        #expect(!result.problems.isEmpty)
        #expect(result.problems.allSatisfy { !$0.message.contains("hunter2") })
    }

    @Test func warningsKeepTheValue() {
        let repeated = Self.type.parse("postgresql://db/app?sslmode=require&sslmode=verify-full")
        #expect(repeated.value != nil)
        #expect(repeated.problems == [ValueProblem(severity: .warning,
                                                   message: "Parameter sslmode is given more than once; libpq uses the last one", offset: 36)])
        let direct = Self.type.parse("postgresql://db/app?sslnegotiation=direct")
        #expect(direct.value != nil)
        #expect(direct.problems.first?.severity == .warning)
        #expect(direct.problems.first?.offset == 35)
        let timeout = Self.type.parse("postgresql://db/app?connect_timeout=1")
        #expect(timeout.value != nil)
        #expect(timeout.problems.first?.message == "libpq raises a connect_timeout of 1 to 2 seconds")
    }

    @Test func options() throws {
        #expect(PostgresURLType.optionKeys.isEmpty)
        _ = try PostgresURLType(options: TypeOptions())
    }
}
