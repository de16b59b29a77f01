package org.vaxline.certificate.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.Revocation;
import org.vaxline.certificate.domain.RevocationCause;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only revocation entries (the database refuses updates, deletes and a second entry for one certificate). */
public final class RevocationLedger {
    private static final String SELECT = """
            SELECT r.*, i.certificate_id FROM certificate_revocations r JOIN certificate_issues i ON i.id = r.issue_id""";

    /** A revoked certificate as the lists need it: its format, key, identifier and the EU DCC hashes logged at issue. */
    public record Revoked(CertificateFormat format, String kid, String certificateId, String uciHash, String countryUciHash,
                          String signatureHash) {
    }

    public void append(Handle h, Revocation r) {
        h.createUpdate("""
                        INSERT INTO certificate_revocations (id, issue_id, cause, cause_id, reason, revoked_at, revoked_by)
                        VALUES (:id, :issueId, :cause, :causeId, :reason, :revokedAt, :revokedBy)""")
                .bind("id", r.id()).bind("issueId", r.issueId()).bind("cause", r.cause().name()).bind("causeId", r.causeId())
                .bind("reason", r.reason()).bind("revokedAt", r.revokedAt()).bind("revokedBy", r.revokedBy())
                .execute();
    }

    public Optional<Revocation> ofIssue(Handle h, UUID issueId) {
        return h.createQuery(SELECT + " WHERE r.issue_id = :issueId").bind("issueId", issueId).map(RevocationLedger::revocation).findOne();
    }

    /** Every revocation, oldest first. */
    public List<Revocation> all(Handle h) {
        return h.createQuery(SELECT + " ORDER BY r.revoked_at, r.id").map(RevocationLedger::revocation).list();
    }

    /** Every revoked certificate with what the lists serve of it. */
    public List<Revoked> revoked(Handle h) {
        return h.createQuery("""
                        SELECT i.format, i.kid, i.certificate_id, i.uci_hash, i.country_uci_hash, i.signature_hash
                        FROM certificate_revocations r JOIN certificate_issues i ON i.id = r.issue_id ORDER BY r.revoked_at, r.id""")
                .map((rs, ctx) -> new Revoked(CertificateFormat.valueOf(rs.getString("format")), rs.getString("kid"),
                        rs.getString("certificate_id"), rs.getString("uci_hash"), rs.getString("country_uci_hash"),
                        rs.getString("signature_hash")))
                .list();
    }

    private static Revocation revocation(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Revocation(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "issue_id", ctx), rs.getString("certificate_id"),
                RevocationCause.valueOf(rs.getString("cause")), Rows.uuid(rs, "cause_id", ctx), rs.getString("reason"),
                Rows.instant(rs, "revoked_at", ctx), rs.getString("revoked_by"));
    }
}
