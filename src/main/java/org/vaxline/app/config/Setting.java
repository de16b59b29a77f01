package org.vaxline.app.config;

/**
 * Every option of the program, each settable by a command-line flag, an environment variable or a line of the
 * configuration file, in that order of precedence. A secret is never given itself: only the file that holds it.
 */
public enum Setting {
    DATA("data", "VAXLINE_DATA", "--data", "vaxline-data", "folder of the embedded SQLite store"),
    DB("db", "VAXLINE_DB", "--db", null, "JDBC URL of another database (PostgreSQL) instead of the embedded store"),
    DB_USER("db.user", "VAXLINE_DB_USER", "--db-user", null, "database user (else the URL's)"),
    DB_PASSWORD_FILE("db.password-file", "VAXLINE_DB_PASSWORD_FILE", "--db-password-file", null,
            "file whose first line is the database password"),
    TIME_ZONE("time-zone", "VAXLINE_TIME_ZONE", "--time-zone", "Asia/Ho_Chi_Minh",
            "the programme's time zone, which says what day it is (never the host's)"),
    KEYS("keys", "VAXLINE_KEYS", "--keys", null,
            "folder of the certificate signing keys (default: DATA/keys, or vaxline-keys for a --db store)"),
    ISSUER_URL("issuer-url", "VAXLINE_ISSUER_URL", "--issuer-url", "http://localhost:8080",
            "public URL of this server, the SMART Health Card issuer"),
    HOST("host", "VAXLINE_HOST", "--host", "127.0.0.1", "address the server listens on (0.0.0.0: every interface)"),
    PORT("port", "VAXLINE_PORT", "--port", "8080", "TCP port the server listens on (0: a free one)"),
    LOG_FORMAT("log.format", "VAXLINE_LOG_FORMAT", "--log-format", "text", "log lines as text or json"),
    LOG_LEVEL("log.level", "VAXLINE_LOG_LEVEL", "--log-level", "info",
            "level of vaxline's own log lines (error, warn, info, debug)"),
    METRICS_TOKEN_FILE("metrics.token-file", "VAXLINE_METRICS_TOKEN_FILE", "--metrics-token-file", null,
            "file holding the bearer token /metrics asks for (without it, /metrics answers loopback clients only)");

    private final String key;
    private final String variable;
    private final String flag;
    private final String defaultValue;
    private final String description;

    Setting(String key, String variable, String flag, String defaultValue, String description) {
        this.key = key;
        this.variable = variable;
        this.flag = flag;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** Its name in the configuration file. */
    public String key() {
        return key;
    }

    /** Its environment variable. */
    public String variable() {
        return variable;
    }

    public String flag() {
        return flag;
    }

    /** The value when nothing sets it; null when it has none. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static java.util.Optional<Setting> ofKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return java.util.Optional.of(setting);
            }
        }
        return java.util.Optional.empty();
    }
}
