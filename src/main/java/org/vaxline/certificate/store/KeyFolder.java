package org.vaxline.certificate.store;

import org.vaxline.certificate.application.Crypto;
import org.vaxline.certificate.application.KeyStoreFolder;
import org.vaxline.certificate.application.SigningKey;
import org.vaxline.platform.id.Digests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Document signers on disk: {@code signing.p12} (PKCS#12, one entry per key, aliases {@code dsc-0001}, {@code dsc-0002} …;
 * the newest signs), its random password in {@code signing.pass}, and partners' signer certificates as PEM files under
 * {@code trusted/}. The folder is made rwx------ and every file rw------- where the file system has POSIX permissions.
 */
public final class KeyFolder implements KeyStoreFolder {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private final Path folder;

    public KeyFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    private Path keyStore() {
        return folder.resolve("signing.p12");
    }

    private Path passwordFile() {
        return folder.resolve("signing.pass");
    }

    private Path trustedFolder() {
        return folder.resolve("trusted");
    }

    @Override
    public synchronized List<SigningKey> signingKeys() {
        if (!Files.exists(keyStore())) {
            return List.of();
        }
        try {
            KeyStore store = load();
            char[] password = password();
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            List<SigningKey> keys = new ArrayList<>();
            for (String alias : aliases) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    keys.add(new SigningKey(alias, key, (X509Certificate) store.getCertificate(alias)));
                }
            }
            return keys;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the signing keys in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized SigningKey add(KeyPair keys, X509Certificate certificate) {
        try {
            ensureFolder(folder);
            KeyStore store = Files.exists(keyStore()) ? load() : empty();
            String alias = String.format("dsc-%04d", Collections.list(store.aliases()).size() + 1);
            store.setKeyEntry(alias, keys.getPrivate(), password(), new Certificate[]{certificate});
            Path temp = folder.resolve("signing.p12.tmp");
            writeOwnerOnly(temp, out -> store.store(out, password()));
            Files.move(temp, keyStore(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(alias, keys.getPrivate(), certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the signing keys in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<X509Certificate> trusted() {
        if (!Files.isDirectory(trustedFolder())) {
            return List.of();
        }
        try (var files = Files.list(trustedFolder())) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> all = new ArrayList<>();
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    all.add((X509Certificate) factory.generateCertificate(in));
                }
            }
            return all;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the trusted signers in " + trustedFolder() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int trust(List<X509Certificate> certificates) {
        int added = 0;
        try {
            ensureFolder(folder);
            ensureFolder(trustedFolder());
            for (X509Certificate certificate : certificates) {
                Path file = trustedFolder().resolve(HexFormat.of().formatHex(Crypto.kid(certificate)) + ".pem");
                if (Files.exists(file)) {
                    continue;
                }
                String pem = "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
                writeOwnerOnly(file, out -> out.write(pem.getBytes(StandardCharsets.US_ASCII)));
                added++;
            }
            return added;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the trusted signers in " + trustedFolder() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<String> trustedKeySets() {
        if (!Files.isDirectory(trustedFolder())) {
            return List.of();
        }
        try (var files = Files.list(trustedFolder())) {
            List<String> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                all.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the trusted key sets in " + trustedFolder() + ": " + e.getMessage(), e);
        }
    }

    /** A key set is kept as given, as {@code jwks-<first 16 hex digits of its SHA-256>.json}. */
    @Override
    public synchronized boolean trustKeySet(String jwks) {
        try {
            ensureFolder(folder);
            ensureFolder(trustedFolder());
            byte[] bytes = jwks.getBytes(StandardCharsets.UTF_8);
            String name = "jwks-" + HexFormat.of().formatHex(Digests.sha256(bytes), 0, 8) + ".json";
            Path file = trustedFolder().resolve(name);
            if (Files.exists(file)) {
                return false;
            }
            writeOwnerOnly(file, out -> out.write(bytes));
            return true;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the trusted key sets in " + trustedFolder() + ": " + e.getMessage(), e);
        }
    }

    private KeyStore load() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore())) {
            store.load(in, password());
        }
        return store;
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    /** The key store's password: made once at random, kept owner-only beside it. */
    private char[] password() throws IOException {
        if (!Files.exists(passwordFile())) {
            ensureFolder(folder);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                writeOwnerOnly(passwordFile(), out -> out.write(password.getBytes(StandardCharsets.US_ASCII)));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
        return Files.readString(passwordFile(), StandardCharsets.US_ASCII).trim().toCharArray();
    }

    private interface Writing {
        void to(OutputStream out) throws IOException, GeneralSecurityException;
    }

    private static void writeOwnerOnly(Path file, Writing writing) throws IOException, GeneralSecurityException {
        Files.deleteIfExists(file);
        if (posix(file.getParent())) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_FILE);
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            writing.to(out);
        }
    }

    private static void ensureFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
        try {
            if (posix(dir.getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException ignored) {
            // made meanwhile
        }
    }

    private static boolean posix(Path dir) {
        try {
            return dir != null && Files.getFileStore(dir).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

}
