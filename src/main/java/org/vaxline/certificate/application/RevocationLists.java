package org.vaxline.certificate.application;

import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.RevocationId;
import org.vaxline.certificate.domain.RevocationList;
import org.vaxline.certificate.store.RevocationLedger;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The revocation lists served to verifiers, read from the revocation entries and the hashes logged at issue. */
public final class RevocationLists {
    private final Store store;
    private final Clock clock;
    private final RevocationLedger ledger;

    public RevocationLists(Store store, Clock clock, RevocationLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.ledger = ledger;
    }

    public RevocationList list() {
        List<RevocationLedger.Revoked> revoked = store.read(ledger::revoked);
        List<String> uci = new ArrayList<>();
        List<String> countryUci = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        Map<String, List<String>> rids = new LinkedHashMap<>();
        for (RevocationLedger.Revoked r : revoked) {
            if (r.uciHash() != null) {
                uci.add(r.uciHash());
                countryUci.add(r.countryUciHash());
                signature.add(r.signatureHash());
            }
            if (r.format() == CertificateFormat.SHC || r.format() == CertificateFormat.DDCC && r.uciHash() == null) {
                rids.computeIfAbsent(r.kid(), k -> new ArrayList<>()).add(RevocationId.of(r.certificateId()));
            }
        }
        List<RevocationList.ShcCrl> shc = rids.entrySet().stream()
                .map(e -> new RevocationList.ShcCrl(e.getKey(), "rid", e.getValue().size(), List.copyOf(e.getValue()))).toList();
        return new RevocationList(clock.instant(), revoked.size(), new RevocationList.Hc1Hashes(uci, countryUci, signature), shc);
    }

    /** The SMART Health Card revocation list of one key (empty, counter 0, when none of its cards is revoked). */
    public RevocationList.ShcCrl shc(String kid) {
        return list().shc().stream().filter(c -> c.kid().equals(kid)).findFirst()
                .orElse(new RevocationList.ShcCrl(kid, "rid", 0, List.of()));
    }

    /** Every EU DCC hash and SMART Health Card revocation id revoked here, for verifying. */
    public Set<String> revokedHere() {
        RevocationList list = list();
        Set<String> all = new HashSet<>(list.hc1().all());
        list.shc().forEach(c -> all.addAll(c.rids()));
        return all;
    }
}
