package org.vaxline.certificate.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.IssuedCertificate;
import org.vaxline.certificate.domain.RevocationHashes;
import org.vaxline.platform.store.Rows;

import java.util.List;
import java.util.UUID;

/** The append-only log of certificates issued (the database refuses updates and deletes). */
public final class IssueLog {

    public void append(Handle h, IssuedCertificate c) {
        RevocationHashes hashes = c.hashes();
        h.createUpdate("""
                        INSERT INTO certificate_issues (id, certificate_id, person_id, province_code, dose_id, format, kid,
                            issued_at, expires_at, issued_by, uci_hash, country_uci_hash, signature_hash)
                        VALUES (:id, :certificateId, :personId, :province, :doseId, :format, :kid, :issuedAt, :expiresAt,
                            :issuedBy, :uciHash, :countryUciHash, :signatureHash)""")
                .bind("id", c.id()).bind("certificateId", c.certificateId()).bind("personId", c.personId())
                .bind("province", c.provinceCode()).bind("doseId", c.doseId()).bind("format", c.format().name())
                .bind("kid", c.kid()).bind("issuedAt", c.issuedAt()).bind("expiresAt", c.expiresAt())
                .bind("issuedBy", c.issuedBy())
                .bind("uciHash", hashes == null ? null : hashes.uci())
                .bind("countryUciHash", hashes == null ? null : hashes.countryCodeUci())
                .bind("signatureHash", hashes == null ? null : hashes.signature())
                .execute();
    }

    /** The certificates issued for any of these person records, oldest first. */
    public List<IssuedCertificate> ofPersons(Handle h, List<UUID> personIds) {
        return h.createQuery("SELECT * FROM certificate_issues WHERE person_id IN (<ids>) ORDER BY issued_at, id")
                .bindList("ids", personIds).map(IssueLog::entry).list();
    }

    /** The certificates issued of any of these doses, oldest first. */
    public List<IssuedCertificate> ofDoses(Handle h, List<UUID> doseIds) {
        return h.createQuery("SELECT * FROM certificate_issues WHERE dose_id IN (<ids>) ORDER BY issued_at, id")
                .bindList("ids", doseIds).map(IssueLog::entry).list();
    }

    /** The certificate by its log id (a UUID) or by its certificate identifier (URN:UVCI:…). */
    public java.util.Optional<IssuedCertificate> find(Handle h, String idOrCertificateId) {
        UUID id = null;
        try {
            id = UUID.fromString(idOrCertificateId);
        } catch (IllegalArgumentException notAUuid) {
            // a certificate identifier
        }
        return id != null
                ? h.createQuery("SELECT * FROM certificate_issues WHERE id = :id").bind("id", id).map(IssueLog::entry).findOne()
                : h.createQuery("SELECT * FROM certificate_issues WHERE certificate_id = :c").bind("c", idOrCertificateId)
                .map(IssueLog::entry).findOne();
    }

    private static IssuedCertificate entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new IssuedCertificate(Rows.uuid(rs, "id", ctx), rs.getString("certificate_id"),
                        Rows.uuid(rs, "person_id", ctx), rs.getString("province_code"), Rows.uuid(rs, "dose_id", ctx),
                        CertificateFormat.valueOf(rs.getString("format")), rs.getString("kid"),
                        Rows.instant(rs, "issued_at", ctx), Rows.instant(rs, "expires_at", ctx), rs.getString("issued_by"),
                        rs.getString("uci_hash") == null ? null : new RevocationHashes(rs.getString("uci_hash"),
                                rs.getString("country_uci_hash"), rs.getString("signature_hash")));
    }
}
