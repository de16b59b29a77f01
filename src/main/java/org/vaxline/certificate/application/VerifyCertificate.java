package org.vaxline.certificate.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vaxline.certificate.domain.ValueSets;
import org.vaxline.certificate.domain.VerificationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a certificate offline against a trust list (ours and the partners' imported signers, or one given) at a
 * moment (now by default), with the revocation hashes known here and any given.
 */
public final class VerifyCertificate {
    private final Clock clock;
    private final ManageKeys keys;
    private final Hc1Verifier hc1;
    private final ShcVerifier shc = new ShcVerifier();
    private final Revocations revocations;

    /** The revocation hashes known here (certificates we revoked). */
    @FunctionalInterface
    public interface Revocations {
        Set<String> hashes();
    }

    public VerifyCertificate(Clock clock, ManageKeys keys, Revocations revocations) {
        this.clock = clock;
        this.keys = keys;
        this.hc1 = new Hc1Verifier(valueSets());
        this.revocations = revocations;
    }

    /**
     * @param trust   the signers to trust instead of this installation's, or null
     * @param at      the moment validity is judged, or null for now
     * @param revoked more revocation hashes to refuse, or null
     */
    public VerificationReport verify(String text, TrustList trust, Instant at, Set<String> revoked) {
        Set<String> all = revocations.hashes();
        if (revoked != null && !revoked.isEmpty()) {
            all = new HashSet<>(all);
            all.addAll(revoked);
        }
        TrustList trusted = trust == null ? keys.trustList() : trust;
        Instant moment = at == null ? clock.instant() : at;
        return ShcVerifier.isShc(text) ? shc.verify(text, trusted, moment, all) : hc1.verify(text, trusted, moment, all);
    }

    public Hc1Verifier hc1() {
        return hc1;
    }

    /** The EU DCC value sets shipped as data (resources/certificate/eu-dcc-value-sets.json). */
    public static ValueSets valueSets() {
        try (InputStream in = VerifyCertificate.class.getResourceAsStream("/certificate/eu-dcc-value-sets.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Set<String>> sets = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    Set<String> codes = new HashSet<>();
                    e.getValue().forEach(c -> codes.add(c.asText()));
                    sets.put(e.getKey(), codes);
                }
            });
            return new ValueSets(sets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
