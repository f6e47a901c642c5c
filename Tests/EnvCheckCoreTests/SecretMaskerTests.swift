import EnvCheckCore
import Testing

@Suite struct SecretPolicyTests {
    @Test(arguments: [
        "PASSWORD", "DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "db_passwd", "SMTP_PASS", "DB_PWD", "POSTGRES_PW",
        "CLIENT_SECRET", "CLIENTSECRET", "GITHUB_TOKEN", "ACCESS_TOKENS", "API_KEY", "HEALTH_KEY", "PRIVATE_KEY",
        "APIKEY", "apiKey", "AWS_SECRET_ACCESS_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "BASIC_AUTH", "SESSION_COOKIE",
        "PASSWORD_SALT", "REQUEST_SIGNATURE", "SENTRY_DSN", "jwt.secret", "oauth-token", "SSH_PASSPHRASE",
        "OAuth2Token", "export DB_PASSWORD", "DB PASSWORD",
    ])
    func secretLookingKeys(_ name: String) {
        #expect(SecretPolicy.isSecretKey(name))
    }

    @Test(arguments: [
        "", "KEYBOARD_LAYOUT", "APP_NAME", "DATABASE_URL", "PORT", "AUTHOR_NAME", "OIDC_AUTHORITY", "BYPASS_CACHE",
        "MONKEY_PATCH", "PWD", "OLDPWD", "DB_PASSWORD_FILE", "TLS_KEY_PATH", "COMPASS_HEADING", "PASSPORT_URL",
        "TOKENIZER_MODEL", "KEYCLOAK_URL",
    ])
    func ordinaryKeys(_ name: String) {
        #expect(!SecretPolicy.isSecretKey(name))
    }

    @Test(arguments: [
        ("postgres://app:s3cr3t@db:5432/app", "postgres://app:****@db:5432/app"),
        ("redis://:pw@cache:6379/0", "redis://:****@cache:6379/0"),
        ("amqp://u:p@ss/w@rabbit/vhost", "amqp://u:****@rabbit/vhost"),
        ("redis://:a@h1,redis://:b@h2", "redis://:****@h1,redis://:****@h2"),
        ("see http://u:x@h and ftp://v:y@g", "see http://u:****@h and ftp://v:****@g"),
        ("postgres://app@db/app", "postgres://app@db/app"),
        ("http://u:@h/", "http://u:@h/"),
        ("http://host:8080/x", "http://host:8080/x"),
        ("not a url: user:pw@host", "not a url: user:pw@host"),
        ("", ""),
    ])
    func urlPasswordsAreMasked(_ value: String, _ expected: String) {
        #expect(SecretPolicy.maskURLPassword(value) == expected)
    }

    @Test func looseLinesOfOtherFilesAreMasked() {
        #expect(SecretPolicy.maskLine("      DB_PASSWORD: hunter2") == "      DB_PASSWORD: ****")
        #expect(SecretPolicy.maskLine("  - API_TOKEN=\"hunter2\" # ci") == "  - API_TOKEN=\"****\" # ci")
        #expect(SecretPolicy.maskLine("  password: 'hunter2'") == "  password: '****'")
        #expect(SecretPolicy.maskLine("  TOKEN: \"hun\\\"ter2 # no comment") == "  TOKEN: \"****")
        #expect(SecretPolicy.maskLine("  url: redis://:hunter2@cache") == "  url: redis://:****@cache")
        #expect(SecretPolicy.maskLine("  image: postgres:16") == "  image: postgres:16")
        #expect(SecretPolicy.maskLine("a: 1\nSECRET: x\n") == "a: 1\nSECRET: ****\n")
    }
}

@Suite struct SecretMaskerTests {
    private func masker(_ text: String) -> SecretMasker {
        SecretMasker(file: EnvFile(text: text))
    }

    @Test func secretValuesAreMaskedAndQuotesKept() {
        let masked = masker("DB_PASSWORD=hunter2\nAPI_KEY=\"hunter2\"\nTOKEN='hunter2' # kept comment\nNAME=app\n")
        #expect(masked.maskedLine(1) == "DB_PASSWORD=****")
        #expect(masked.maskedLine(2) == "API_KEY=\"****\"")
        #expect(masked.maskedLine(3) == "TOKEN='****' # kept comment")
        #expect(masked.maskedLine(4) == "NAME=app")
    }

    @Test func everyLineOfAMultiLineSecretIsMasked() {
        let masked = masker("A=1\nPRIVATE_KEY=\"-----BEGIN-----\r\nhunter2\r\n\r\n-----END-----\"\r\nB=2\n")
        #expect(masked.maskedLine(2) == "PRIVATE_KEY=\"****")
        #expect(masked.maskedLine(3) == "****")
        #expect(masked.maskedLine(4) == "")
        #expect(masked.maskedLine(5) == "****\"")
        #expect(masked.maskedLine(6) == "B=2")
        #expect(!masked.maskedText().contains("hunter2") && !masked.maskedText().contains("BEGIN"))
    }

    @Test func urlPasswordsInOtherValuesAreMasked() {
        let masked = masker("DATABASE_URL=postgres://app:s3cr3t@db/app # primary\n")
        #expect(masked.maskedLine(1) == "DATABASE_URL=postgres://app:****@db/app # primary")
    }

    @Test func linesOutsideStatementsAreKept() {
        let text = "# DB_PASSWORD=documented-example\n\nexport NAME=x\nDB_PASSWORD\n"
        let masked = masker(text)
        #expect(masked.maskedLine(1) == "# DB_PASSWORD=documented-example")
        #expect(masked.maskedLine(2) == "")
        #expect(masked.maskedLine(4) == "DB_PASSWORD")
        #expect(masked.maskedLine(5) == "")
        #expect(masked.maskedLine(99) == "")
        #expect(masked.maskedLine(0) == "")
        #expect(masked.maskedText() == text)
    }

    @Test func emptySecretValuesStayEmpty() {
        #expect(masker("DB_PASSWORD=\n").maskedLine(1) == "DB_PASSWORD=")
        #expect(masker("DB_PASSWORD=\"\"\n").maskedLine(1) == "DB_PASSWORD=\"\"")
    }

    @Test func linesWithSyntaxErrorsAreMaskedByTheirKey() {
        let masked = masker("DB_PASSWORD=\"hunter2\nbad name=postgres://u:hunter2@h\nAPI KEY = hunter2\n")
        #expect(masked.maskedLine(1) == "DB_PASSWORD=\"****")
        #expect(masked.maskedLine(2) == "bad name=postgres://u:****@h")
        #expect(masked.maskedLine(3) == "API KEY = ****")
    }

    @Test func maskedTextKeepsLineBreaksAndOtherBytes() {
        let masked = masker("A=1\r\nexport API_TOKEN=hunter2\r\nB=2")
        #expect(masked.maskedText() == "A=1\r\nexport API_TOKEN=****\r\nB=2")
        #expect(masked.maskedBytes == Array("A=1\r\nexport API_TOKEN=****\r\nB=2".utf8))
    }

    @Test func columnsMapAroundMasks() {
        let masked = masker("API_KEY=h\u{E9}nter2longer # note\n")
        #expect(masked.maskedLine(1) == "API_KEY=**** # note")
        #expect(masked.displayColumn(line: 1, column: 1) == 1)
        #expect(masked.displayColumn(line: 1, column: 9) == 9)
        #expect(masked.displayColumn(line: 1, column: 12) == 9)
        #expect(masked.displayColumn(line: 1, column: 12, atEnd: true) == 13)
        #expect(masked.displayColumn(line: 1, column: 21, atEnd: true) == 13)
        #expect(masked.displayColumn(line: 1, column: 22) == 13)
        #expect(masked.displayColumn(line: 1, column: 23) == 14)
        #expect(masked.displayColumn(line: 1, column: 99) == 20)
    }

    @Test func automaticMaskerReadsYAMLLineByLine() {
        let yaml = SecretMasker.automatic(for: SourceFile(path: "compose.yaml", text: "x:\n  DB_PASSWORD: hunter2\n"))
        #expect(yaml.maskedLine(2) == "  DB_PASSWORD: ****")
        let env = SecretMasker.automatic(for: SourceFile(path: ".env.local", text: "DB_PASSWORD: hunter2\n"))
        #expect(env.maskedLine(1) == "DB_PASSWORD: ****")
        #expect(SecretMasker.isDotenvPath("-") && !SecretMasker.isDotenvPath("docker-compose.YML"))
    }
}
