package org.vaxline.certificate.application;

import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads signer certificates as partners send them: DER, PEM (one or several), or bare base64; a folder of such files. */
public final class CertificateFiles {
    private CertificateFiles() {
    }

    public static List<X509Certificate> read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<X509Certificate> all = new ArrayList<>();
                try (var files = Files.list(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        all.addAll(read(file));
                    }
                }
                return all;
            }
            return parse(Files.readAllBytes(path));
        } catch (IOException e) {
            throw VaxlineException.field(CertificateError.KEYS_INVALID, "file", path + " cannot be read: " + e.getMessage());
        }
    }

    public static List<X509Certificate> parse(byte[] bytes) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            String text = new String(bytes, StandardCharsets.US_ASCII).trim();
            byte[] input = bytes;
            if (!text.contains("-----BEGIN") && text.matches("[A-Za-z0-9+/=\\s]+")) {
                input = Base64.getMimeDecoder().decode(text);
            }
            List<X509Certificate> all = new ArrayList<>();
            factory.generateCertificates(new ByteArrayInputStream(input)).forEach(c -> all.add((X509Certificate) c));
            if (all.isEmpty()) {
                throw new CertificateException("no certificate found");
            }
            return all;
        } catch (CertificateException | IllegalArgumentException e) {
            throw VaxlineException.field(CertificateError.KEYS_INVALID, "file", "is not an X.509 certificate (DER, PEM or base64): "
                    + e.getMessage());
        }
    }
}
