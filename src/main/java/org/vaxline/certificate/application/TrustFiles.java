package org.vaxline.certificate.application;

import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what partners send to be trusted: signer certificates (DER, PEM, bare base64) and SMART Health Card issuers' key
 * sets (JWKS), one file or a folder of them.
 */
public final class TrustFiles {
    private TrustFiles() {
    }

    /** What a file or folder holds: certificates, and keys as JWKS text (kept whole, to be stored as given). */
    public record Loaded(List<X509Certificate> certificates, List<String> jwks) {
        public List<TrustList.TrustedKey> keys(String source) {
            return jwks.stream().flatMap(j -> Jwks.parse(j, source).stream()).toList();
        }

        public boolean isEmpty() {
            return certificates.isEmpty() && jwks.isEmpty();
        }
    }

    public static Loaded read(Path path) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<String> jwks = new ArrayList<>();
        try {
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (var list = Files.list(path)) {
                    files = list.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (Jwks.looksLikeJwks(text)) {
                    Jwks.parse(text, file.getFileName().toString());
                    jwks.add(text);
                } else {
                    certificates.addAll(CertificateFiles.parse(bytes));
                }
            }
        } catch (IOException e) {
            throw VaxlineException.field(CertificateError.TRUST_LIST_UNREADABLE, "file", path + " cannot be read: " + e.getMessage());
        }
        if (certificates.isEmpty() && jwks.isEmpty()) {
            throw VaxlineException.field(CertificateError.TRUST_LIST_UNREADABLE, "file", path + " holds no certificate or key set");
        }
        return new Loaded(certificates, jwks);
    }

    /** A trust list of what the paths hold, each signer and key named by the file it came from. */
    public static TrustList trustList(List<Path> paths) {
        List<TrustedSigner> signers = new ArrayList<>();
        List<TrustList.TrustedKey> keys = new ArrayList<>();
        for (Path p : paths) {
            Loaded loaded = read(p);
            loaded.certificates().forEach(c -> signers.add(TrustedSigner.of(c, p.getFileName().toString())));
            keys.addAll(loaded.keys(p.getFileName().toString()));
        }
        return new TrustList(signers, keys);
    }
}
