package org.vaxline.app;

import org.vaxline.app.config.Configuration;
import org.vaxline.app.config.Setting;
import org.vaxline.certificate.CertificateModule;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.StoreError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.time.ProgrammeClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code vaxline}: the global options, and the modules built lazily on the store they name. Each option is also an
 * environment variable and a line of the configuration file ({@link Setting}); a flag wins over both.
 */
@Command(name = "vaxline", mixinStandardHelpOptions = true, version = "vaxline " + Vaxline.VERSION,
        description = "Runs a national vaccination programme supplied through international agreements.",
        subcommandsRepeatable = false)
public final class RootCommand implements AutoCloseable {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file (Java properties; default: VAXLINE_CONFIG). Flags and environment variables win over it.")
    String config;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the embedded SQLite store (VAXLINE_DATA; default: vaxline-data).")
    String data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead of the embedded store (VAXLINE_DB), e.g. jdbc:postgresql://127.0.0.1/vaxline; "
                    + "its password belongs in --db-password-file, never in the URL.")
    String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER", description = "Database user (VAXLINE_DB_USER).")
    String dbUser;

    @Option(names = "--db-password-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "File whose first line is the database password (VAXLINE_DB_PASSWORD_FILE).")
    String dbPasswordFile;

    @Option(names = "--time-zone", scope = ScopeType.INHERIT, paramLabel = "ZONE",
            description = "The programme's time zone, which says what day it is (VAXLINE_TIME_ZONE; default: "
                    + ProgrammeClock.DEFAULT_ZONE + ").")
    String timeZone;

    @Option(names = "--keys", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the certificate signing keys (VAXLINE_KEYS; default: DIR/keys of the embedded store, "
                    + "else vaxline-keys in the working directory for a --db store).")
    String keys;

    @Option(names = "--issuer-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Public URL of this server, the SMART Health Card issuer (VAXLINE_ISSUER_URL; default: http://localhost:8080).")
    String issuerUrl;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "text|json",
            description = "Log lines as plain text or JSON (VAXLINE_LOG_FORMAT; default: text).")
    String logFormat;

    @Option(names = "--log-level", scope = ScopeType.INHERIT, paramLabel = "LEVEL",
            description = "Level of vaxline's own log lines: error, warn, info, debug (VAXLINE_LOG_LEVEL; default: info).")
    String logLevel;

    @Option(names = "--metrics-token-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "File holding the bearer token /metrics asks for (VAXLINE_METRICS_TOKEN_FILE); "
                    + "without it /metrics answers only clients on this machine.")
    String metricsTokenFile;

    private final Map<String, String> environment;
    private Configuration configuration;
    private Vaxline vaxline;

    RootCommand() {
        this(System.getenv());
    }

    RootCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The options in force, read once; the first call also sets up the log as they say. */
    Configuration configuration() {
        if (configuration == null) {
            Map<Setting, String> flags = new EnumMap<>(Setting.class);
            flags.put(Setting.DATA, data);
            flags.put(Setting.DB, db);
            flags.put(Setting.DB_USER, dbUser);
            flags.put(Setting.DB_PASSWORD_FILE, dbPasswordFile);
            flags.put(Setting.TIME_ZONE, timeZone);
            flags.put(Setting.KEYS, keys);
            flags.put(Setting.ISSUER_URL, issuerUrl);
            flags.put(Setting.LOG_FORMAT, logFormat);
            flags.put(Setting.LOG_LEVEL, logLevel);
            flags.put(Setting.METRICS_TOKEN_FILE, metricsTokenFile);
            configuration = Configuration.load(flags, environment, config);
            Logs.configure(configuration.get(Setting.LOG_FORMAT), configuration.get(Setting.LOG_LEVEL));
            if (db != null && db.toLowerCase(java.util.Locale.ROOT).contains("password=") && spec != null) {
                spec.commandLine().getErr().println("warning: the --db URL carries a password, which other users see in the "
                        + "process list: put it in a file named by --db-password-file or VAXLINE_DB_PASSWORD_FILE");
            }
        }
        return configuration;
    }

    /** The modules on the chosen store, opened on first use so that --help needs no database; refuses a store not at this program's schema. */
    Vaxline vaxline() {
        if (vaxline == null) {
            Store store = connect(false);
            try {
                store.requireCurrentSchema();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            vaxline = compose(store);
        }
        return vaxline;
    }

    /** The modules on the chosen store after migrating it (the demo: a fresh folder just works). */
    Vaxline migratedVaxline() {
        if (vaxline == null) {
            Store store = connect(true);
            try {
                store.migrate();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            vaxline = compose(store);
        }
        return vaxline;
    }

    /**
     * Opens the configured store without touching its schema. An embedded store that does not exist yet is created only
     * when asked to (migrate, demo); otherwise the command is refused before any file appears.
     */
    Store connect(boolean create) {
        Configuration settings = configuration();
        String url = settings.get(Setting.DB);
        if (url == null) {
            Path folder = Path.of(settings.get(Setting.DATA));
            if (!create && !Files.exists(Store.embeddedFile(folder))) {
                throw new VaxlineException(StoreError.STORE_NOT_MIGRATED, "there is no store in " + folder.toAbsolutePath()
                        + ": run `vaxline migrate` (with the same --data) to create one");
            }
            url = Store.embeddedUrl(folder);
        }
        return Store.connect(url, settings.get(Setting.DB_USER), settings.databasePassword());
    }

    private Vaxline compose(Store store) {
        Configuration settings = configuration();
        Clock clock = ProgrammeClock.of(settings.get(Setting.TIME_ZONE));
        String keysFolder = settings.get(Setting.KEYS);
        Path embedded = settings.get(Setting.DB) == null ? Path.of(settings.get(Setting.DATA)) : null;
        return new Vaxline(store, clock, keysFolder != null ? Path.of(keysFolder) : CertificateModule.defaultKeysFolder(store, embedded),
                settings.get(Setting.ISSUER_URL));
    }

    @Override
    public void close() {
        if (vaxline != null) {
            vaxline.close();
        }
    }
}
