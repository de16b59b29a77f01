package org.vaxline.certificate.application;

import org.jdbi.v3.core.Handle;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.certificate.domain.IssuedCertificate;
import org.vaxline.certificate.domain.Revocation;
import org.vaxline.certificate.domain.RevocationCause;
import org.vaxline.certificate.domain.RevocationPolicy;
import org.vaxline.certificate.store.IssueLog;
import org.vaxline.certificate.store.RevocationLedger;
import org.vaxline.person.domain.PersonCorrected;
import org.vaxline.person.domain.PersonsMerged;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.DoseReversed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Revokes certificates: one on request, with a reason (a second request answers the first revocation and writes nothing),
 * and, inside the transaction of the change, every certificate whose facts a reversed dose, a merge or a correction of a
 * stated field made wrong. Each certificate is revoked at most once.
 */
public final class RevokeCertificate {
    private final Store store;
    private final Clock clock;
    private final IssueLog issues;
    private final RevocationLedger ledger;

    public RevokeCertificate(Store store, Clock clock, IssueLog issues, RevocationLedger ledger) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.ledger = ledger;
    }

    /** A revocation and whether this request made it (false: the certificate was already revoked). */
    public record Outcome(Revocation revocation, boolean isNew) {
    }

    /** @param certificate the certificate's log id or its identifier (URN:UVCI:…) */
    public Outcome revoke(Actor actor, String certificate, String reason) {
        if (certificate == null || certificate.isBlank()) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "certificate", "is required: the certificate's id or URN:UVCI:…");
        }
        if (reason == null || reason.isBlank()) {
            throw VaxlineException.field(CertificateError.CERTIFICATE_REVOCATION_NEEDS_REASON, "reason", "required: say why it is revoked");
        }
        return store.inTransaction(h -> {
            IssuedCertificate issued = issues.find(h, certificate.trim())
                    .orElseThrow(() -> VaxlineException.notFound("certificate", certificate));
            requireMayRevoke(actor, issued);
            var existing = ledger.ofIssue(h, issued.id());
            if (existing.isPresent()) {
                return new Outcome(existing.get(), false);
            }
            Revocation r = new Revocation(Ids.newId(), issued.id(), issued.certificateId(), RevocationCause.REQUEST, null,
                    reason.trim(), clock.instant(), actor.name());
            ledger.append(h, r);
            return new Outcome(r, true);
        });
    }

    /** A dose was reversed: its certificates, and those of later doses of its series, are revoked. */
    public List<Revocation> doseReversed(DoseReversed e) {
        List<UUID> doses = RevocationPolicy.dosesToRevoke(e.dose().id(), e.dose().givenOn(), e.series().stream()
                .map(d -> new RevocationPolicy.SeriesDose(d.id(), d.givenOn())).toList());
        return store.inTransaction(h -> revokeAll(h, issues.ofDoses(h, doses), RevocationCause.DOSE_REVERSED, e.reversal().id(),
                "dose reversed: " + e.reversal().reason(), e.reversal().recordedAt(), e.reversal().recordedBy()));
    }

    /** Two records were merged: the certificates of both name a record or a dose count that no longer stands. */
    public List<Revocation> personsMerged(PersonsMerged e) {
        var m = e.merge();
        return store.inTransaction(h -> revokeAll(h, issues.ofPersons(h, List.of(m.survivorId(), m.duplicateId())),
                RevocationCause.PERSONS_MERGED, m.id(), "persons merged: " + m.reason(), m.recordedAt(), m.recordedBy()));
    }

    /** A person's record was corrected: when a field a certificate states changed, their certificates are revoked. */
    public List<Revocation> personCorrected(PersonCorrected e) {
        if (!RevocationPolicy.correctionRevokes(e.changedFields())) {
            return List.of();
        }
        return store.inTransaction(h -> revokeAll(h, issues.ofPersons(h, List.of(e.personId())), RevocationCause.PERSON_CORRECTED,
                e.correctionId(), "person corrected (" + String.join(", ", e.changedFields()) + "): " + e.reason(),
                e.recordedAt(), e.recordedBy()));
    }

    private List<Revocation> revokeAll(Handle h, List<IssuedCertificate> certificates, RevocationCause cause, UUID causeId,
                                       String reason, Instant at, String by) {
        List<Revocation> made = new ArrayList<>();
        for (IssuedCertificate c : certificates) {
            if (ledger.ofIssue(h, c.id()).isEmpty()) {
                Revocation r = new Revocation(Ids.newId(), c.id(), c.certificateId(), cause, causeId, reason,
                        at == null ? clock.instant() : at, by);
                ledger.append(h, r);
                made.add(r);
            }
        }
        return made;
    }

    /** National admins revoke any certificate; staff those of their province; auditors none. */
    private static void requireMayRevoke(Actor actor, IssuedCertificate c) {
        boolean allowed = actor.role() == Role.NATIONAL_ADMIN
                || (actor.role() != Role.AUDITOR && actor.provinceCode() != null && actor.provinceCode().equals(c.provinceCode()));
        if (!allowed) {
            throw new VaxlineException(PlatformError.FORBIDDEN, actor.name() + " (" + actor.role()
                    + ") may not revoke certificates of people in province " + c.provinceCode());
        }
    }
}
