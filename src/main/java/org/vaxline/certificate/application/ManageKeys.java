package org.vaxline.certificate.application;

import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * The document signers: made (init), replaced by a new one that signs from now on (rotate; the old one stays trusted
 * until the certificates it signed expire), imported from PEM or PKCS#12, listed. Private keys are never printed.
 */
public final class ManageKeys {
    private final KeyStoreFolder folder;
    private final Clock clock;
    private final CertificateSettings settings;
    private volatile List<SigningKey> cached;
    /** The trust list as last read, and until when it stands: a verification reads no file while it does. */
    private volatile TrustList trustCache;
    private volatile Instant trustCacheUntil = Instant.MIN;
    private static final Duration TRUST_CACHE = Duration.ofSeconds(30);

    public ManageKeys(KeyStoreFolder folder, Clock clock, CertificateSettings settings) {
        this.folder = folder;
        this.clock = clock;
        this.settings = settings;
    }

    /** A key's public facts, for listings. */
    public record KeyInfo(String alias, String kid, String subject, Instant notBefore, Instant notAfter, boolean current,
                          List<String> extendedKeyUsages) {
    }

    public SigningKey init(Actor actor) {
        actor.requireNational("make signing keys");
        if (!keys().isEmpty()) {
            throw new VaxlineException(CertificateError.KEYS_EXIST, "signing keys already exist in " + folder.location()
                    + "; use keys rotate for a new one");
        }
        return make();
    }

    public SigningKey rotate(Actor actor) {
        actor.requireNational("rotate signing keys");
        return make();
    }

    private SigningKey make() {
        KeyPair keys = SignerCertificates.newKeyPair();
        Instant now = clock.instant();
        int number = keys().size() + 1;
        X509Certificate certificate = SignerCertificates.selfSigned(keys, settings.country(), settings.issuer(),
                "vaxline document signer " + number, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(settings.signerDays())));
        return added(keys, certificate);
    }

    private synchronized SigningKey added(KeyPair keys, X509Certificate certificate) {
        SigningKey key = folder.add(keys, certificate);
        cached = null;
        trustCache = null;
        return key;
    }

    /** Imports a signing key: a PEM file with the private key and its certificate, or a PKCS#12 file with its password. */
    public SigningKey importKey(Actor actor, Path file, char[] password) {
        actor.requireNational("import signing keys");
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (text.contains("-----BEGIN")) {
                return importPem(text);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password == null ? new char[0] : password);
            }
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password == null ? new char[0] : password);
                    X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
                    return added(new KeyPair(certificate.getPublicKey(), key), certificate);
                }
            }
            throw VaxlineException.field(CertificateError.KEYS_INVALID, "file", "holds no private key");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw VaxlineException.field(CertificateError.KEYS_INVALID, "file", "cannot be read as PEM or PKCS#12: " + e.getMessage());
        }
    }

    private SigningKey importPem(String text) throws IOException, java.security.GeneralSecurityException {
        PrivateKey key = null;
        X509Certificate certificate = null;
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Crypto.BC);
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PEMKeyPair pair) {
                    key = converter.getKeyPair(pair).getPrivate();
                } else if (o instanceof PrivateKeyInfo info) {
                    key = converter.getPrivateKey(info);
                } else if (o instanceof X509CertificateHolder holder && certificate == null) {
                    certificate = new JcaX509CertificateConverter().getCertificate(holder);
                }
            }
        }
        if (key == null || certificate == null) {
            throw VaxlineException.field(CertificateError.KEYS_INVALID, "file", "needs both a private key and its certificate");
        }
        return added(new KeyPair(certificate.getPublicKey(), key), certificate);
    }

    /** Every signing key, oldest first. */
    public List<SigningKey> keys() {
        List<SigningKey> keys = cached;
        if (keys == null) {
            keys = folder.signingKeys();
            cached = keys;
        }
        return keys;
    }

    /** The key that signs now: the newest. */
    public SigningKey current() {
        List<SigningKey> keys = keys();
        if (keys.isEmpty()) {
            throw new VaxlineException(CertificateError.KEYS_MISSING, "no signing key in " + folder.location()
                    + ": run ./vaxline keys init first");
        }
        return keys.get(keys.size() - 1);
    }

    public List<KeyInfo> list() {
        List<SigningKey> keys = keys();
        return keys.stream().map(k -> new KeyInfo(k.alias(), k.kidBase64(), k.certificate().getSubjectX500Principal().getName(),
                k.certificate().getNotBefore().toInstant(), k.notAfter(), k == keys.get(keys.size() - 1),
                TrustedSigner.of(k.certificate(), "ours").extendedKeyUsages())).toList();
    }

    /**
     * Our signers still in force and the partners' imported ones: what a verifier here trusts. Read again at most every 30
     * seconds (another process may import meanwhile) and at once after a change made here.
     */
    public TrustList trustList() {
        Instant now = clock.instant();
        TrustList trust = trustCache;
        if (trust != null && now.isBefore(trustCacheUntil) && !now.isBefore(trustCacheUntil.minus(TRUST_CACHE))) {
            return trust;
        }
        trust = readTrustList(now);
        trustCache = trust;
        trustCacheUntil = now.plus(TRUST_CACHE);
        return trust;
    }

    private TrustList readTrustList(Instant now) {
        List<TrustedSigner> ours = keys().stream().filter(k -> k.notAfter().isAfter(now))
                .map(k -> TrustedSigner.of(k.certificate(), "ours")).toList();
        List<TrustedSigner> partners = folder.trusted().stream().map(c -> TrustedSigner.of(c, "imported")).toList();
        List<TrustList.TrustedKey> keySets = folder.trustedKeySets().stream().flatMap(j -> Jwks.parse(j, "imported").stream()).toList();
        return new TrustList(ours, keySets).plus(partners);
    }

    /** What an import added: new certificates, new key sets, and how many it held that were already trusted. */
    public record Imported(int certificates, int keySets, int known) {
    }

    /** Trusts partners' signer certificates (DER, PEM, base64) and SMART Health Card issuers' key sets (JWKS). */
    public Imported importTrusted(Actor actor, Path path) {
        actor.requireNational("import trusted signers");
        TrustFiles.Loaded loaded = TrustFiles.read(path);
        int certificates = folder.trust(loaded.certificates());
        int keySets = 0;
        for (String jwks : loaded.jwks()) {
            keySets += folder.trustKeySet(jwks) ? 1 : 0;
        }
        trustCache = null;
        return new Imported(certificates, keySets, loaded.certificates().size() + loaded.jwks().size() - certificates - keySets);
    }

    public KeyStoreFolder folder() {
        return folder;
    }
}
