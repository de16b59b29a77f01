package org.vaxline.certificate.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a revocation list a verifier was given: this system's JSON list (its EU DCC hashes and SMART Health Card ids),
 * a SMART Health Card CRL ({@code rids}), a JSON array of hashes, or plain text with one hash or id a line.
 */
public final class RevokedFile {
    private RevokedFile() {
    }

    public static Set<String> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw VaxlineException.field(CertificateError.REVOCATION_LIST_UNREADABLE, "revoked", file + " cannot be read: " + e.getMessage());
        }
        Set<String> entries = new HashSet<>();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                collect(new ObjectMapper().readTree(text), entries, false);
            } catch (IOException e) {
                throw VaxlineException.field(CertificateError.REVOCATION_LIST_UNREADABLE, "revoked", file + " is not JSON: " + e.getMessage());
            }
            return entries;
        }
        for (String line : text.split("\\R")) {
            String entry = line.trim();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(stripTimestamp(entry));
            }
        }
        return entries;
    }

    /** The texts inside arrays (hash lists, rids); a SMART Health Card rid may carry ".timestamp", which is dropped. */
    private static void collect(JsonNode node, Set<String> into, boolean inArray) {
        if (node.isTextual() && inArray) {
            into.add(stripTimestamp(node.asText()));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, into, true));
        } else if (node.isObject()) {
            node.forEach(n -> collect(n, into, false));
        }
    }

    private static String stripTimestamp(String rid) {
        int dot = rid.indexOf('.');
        return dot > 0 && rid.substring(dot + 1).matches("\\d+") ? rid.substring(0, dot) : rid;
    }
}
