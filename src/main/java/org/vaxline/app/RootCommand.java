package org.vaxline.app;

import org.vaxline.platform.store.Store;
import org.vaxline.platform.time.ProgrammeClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.time.Clock;

/** {@code vaxline}: the global options, and the modules built lazily on the store they name. */
@Command(name = "vaxline", mixinStandardHelpOptions = true, version = "vaxline 0.1.0",
        description = "Runs a national vaccination programme supplied through international agreements.",
        subcommandsRepeatable = false)
public final class RootCommand implements AutoCloseable {
    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "vaxline-data",
            description = "Folder of the embedded SQLite store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead of the embedded store, e.g. jdbc:postgresql://127.0.0.1/vaxline?user=postgres.")
    String db;

    @Option(names = "--time-zone", scope = ScopeType.INHERIT, paramLabel = "ZONE",
            description = "The programme's time zone, which says what day it is (default: VAXLINE_TIME_ZONE, else "
                    + ProgrammeClock.DEFAULT_ZONE + ").")
    String timeZone;

    @Option(names = "--keys", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the certificate signing keys (default: VAXLINE_KEYS, else DIR/keys of the embedded store, "
                    + "else vaxline-keys in the working directory for a --db store).")
    Path keys;

    private Vaxline vaxline;

    /** The modules on the chosen store, opened on first use so that --help needs no database. */
    Vaxline vaxline() {
        if (vaxline == null) {
            Clock clock = ProgrammeClock.of(ProgrammeClock.configured(timeZone));
            Store store = db == null || db.isBlank() ? Store.embedded(data) : Store.open(db);
            vaxline = new Vaxline(store, clock, keys != null ? keys
                    : org.vaxline.certificate.CertificateModule.defaultKeysFolder(store, db == null || db.isBlank() ? data : null));
        }
        return vaxline;
    }

    @Override
    public void close() {
        if (vaxline != null) {
            vaxline.close();
        }
    }
}
