package org.vaxline.certificate;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.certificate.application.CertificateSettings;
import org.vaxline.certificate.application.IssueCertificate;
import org.vaxline.certificate.application.IssuerKeys;
import org.vaxline.certificate.application.SignedTrustList;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.application.PersonReads;
import org.vaxline.certificate.application.RevocationLists;
import org.vaxline.certificate.application.RevokeCertificate;
import org.vaxline.certificate.application.VerifyCertificate;
import org.vaxline.certificate.cli.CertCommand;
import org.vaxline.certificate.cli.KeysCommand;
import org.vaxline.certificate.cli.TrustCommand;
import org.vaxline.certificate.http.CertificateRoutes;
import org.vaxline.certificate.store.IssueLog;
import org.vaxline.certificate.store.KeyFolder;
import org.vaxline.certificate.store.RevocationLedger;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseQueries;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Wires vaccination certificates: document-signing keys in a keys folder, issuing EU DCC certificates of the registry's
 * recorded doses (each logged), offline verification, routes and commands. It sits above the dose registry and the
 * person registry and reads them only through their public faces.
 */
public final class CertificateModule {
    /** The environment variable naming the keys folder when no --keys option does. */
    public static final String KEYS_ENV = "VAXLINE_KEYS";

    private final ManageKeys keys;
    private final IssueCertificate issue;
    private final VerifyCertificate verify;
    private final PersonReads reads;
    private final RevokeCertificate revoke;
    private final RevocationLists revocations;
    private final IssuerKeys issuerKeys;
    private final SignedTrustList trustList;

    public CertificateModule(Store store, Clock clock, Path keysFolder, CertificateSettings settings, PersonDirectory persons,
                             DoseQueries doses, Catalog catalog, LotAvailability lots, Facilities facilities, PersonReads reads) {
        this.reads = reads;
        this.keys = new ManageKeys(new KeyFolder(keysFolder), clock, settings);
        IssueLog log = new IssueLog();
        RevocationLedger ledger = new RevocationLedger();
        this.issue = new IssueCertificate(store, clock, persons, doses, catalog, lots, facilities, keys, settings, log, reads);
        this.revoke = new RevokeCertificate(store, clock, log, ledger);
        this.revocations = new RevocationLists(store, clock, ledger);
        this.verify = new VerifyCertificate(clock, keys, revocations::revokedHere);
        this.issuerKeys = new IssuerKeys(keys, revocations, clock);
        this.trustList = new SignedTrustList(keys, settings, clock);
    }

    /**
     * Where signing keys live when no option names the folder: {@code VAXLINE_KEYS}, else {@code keys} inside the embedded
     * store's data folder, else (a PostgreSQL store, which has no folder of its own) {@code vaxline-keys} in the working
     * directory, beside where the default data folder would be.
     */
    public static Path defaultKeysFolder(Store store, Path dataFolder) {
        String env = System.getenv(KEYS_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return store.dialect() == Dialect.SQLITE && dataFolder != null ? dataFolder.resolve("keys") : Path.of("vaxline-keys");
    }

    public ManageKeys keys() {
        return keys;
    }

    public IssueCertificate issue() {
        return issue;
    }

    public VerifyCertificate verify() {
        return verify;
    }

    /** Revokes on request, and (called by the composition root's subscriptions) when a dose is reversed or a person changes. */
    public RevokeCertificate revoke() {
        return revoke;
    }

    /** Our signers and the partners' as a signed document. */
    public SignedTrustList trustList() {
        return trustList;
    }

    public IssuerKeys issuerKeys() {
        return issuerKeys;
    }

    public RevocationLists revocations() {
        return revocations;
    }

    public Routes routes() {
        return new CertificateRoutes(issue, verify, keys, revoke, revocations, issuerKeys, trustList);
    }

    /** The {@code keys} command (init, list, rotate, import). */
    public static KeysCommand keysCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        return new KeysCommand(module, actor);
    }

    /** The {@code trust} command (import, list, export). */
    public static TrustCommand trustCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        return new TrustCommand(module, actor);
    }

    /** The {@code cert} command (issue, verify). */
    public static CertCommand certCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        return new CertCommand(module, actor);
    }
}
