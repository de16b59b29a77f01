package org.vaxline.aefi.store;

import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.AefiReport;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.Followup;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.platform.store.Rows;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The append-only ledgers of AEFI reports and their follow-ups. */
public final class AefiLedger {
    private static final RowMapper<AefiReport> REPORT = (rs, ctx) -> new AefiReport(
            Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "dose_id", ctx), Rows.uuid(rs, "person_id", ctx),
            Rows.uuid(rs, "lot_id", ctx), Rows.uuid(rs, "product_id", ctx), Rows.uuid(rs, "site_id", ctx),
            rs.getString("province_code"), Rows.date(rs, "given_on", ctx), Rows.instant(rs, "onset_at", ctx),
            Seriousness.valueOf(rs.getString("seriousness")), criteria(rs.getString("serious_criteria")),
            Causality.valueOf(rs.getString("classification")), AefiOutcome.valueOf(rs.getString("outcome")),
            rs.getString("description"), Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"));

    private static final RowMapper<Followup> FOLLOWUP = (rs, ctx) -> {
        String classification = rs.getString("classification");
        String outcome = rs.getString("outcome");
        return new Followup(Rows.uuid(rs, "id", ctx), Rows.uuid(rs, "report_id", ctx),
                classification == null ? null : Causality.valueOf(classification),
                outcome == null ? null : AefiOutcome.valueOf(outcome), rs.getString("note"),
                Rows.instant(rs, "recorded_at", ctx), rs.getString("recorded_by"));
    };

    public void insert(Handle h, AefiReport r) {
        h.createUpdate("""
                        INSERT INTO aefi_reports (id, dose_id, person_id, lot_id, product_id, site_id, province_code, given_on,
                                                  onset_at, seriousness, serious_criteria, classification, outcome, description,
                                                  recorded_at, recorded_by)
                        VALUES (:id, :doseId, :personId, :lotId, :productId, :siteId, :province, :givenOn, :onsetAt,
                                :seriousness, :criteria, :classification, :outcome, :description, :recordedAt, :recordedBy)""")
                .bind("id", r.id()).bind("doseId", r.doseId()).bind("personId", r.personId()).bind("lotId", r.lotId())
                .bind("productId", r.productId()).bind("siteId", r.siteId()).bind("province", r.provinceCode())
                .bind("givenOn", r.givenOn()).bind("onsetAt", r.onsetAt()).bind("seriousness", r.seriousness().name())
                .bind("criteria", text(r.seriousCriteria())).bind("classification", r.classification().name())
                .bind("outcome", r.outcome().name()).bind("description", r.description())
                .bind("recordedAt", r.recordedAt()).bind("recordedBy", r.recordedBy())
                .execute();
        LedgerChain.link(h, ChainedLedgers.AEFI_REPORTS, r.id(), r.id(), r.doseId(), r.personId(), r.lotId(), r.productId(), r.siteId(), r.provinceCode(), r.givenOn(), r.onsetAt(), r.seriousness(), text(r.seriousCriteria()), r.classification(), r.outcome(), r.description(), r.recordedAt(), r.recordedBy());
    }

    public void append(Handle h, Followup f) {
        h.createUpdate("""
                        INSERT INTO aefi_followups (id, report_id, classification, outcome, note, recorded_at, recorded_by)
                        VALUES (:id, :reportId, :classification, :outcome, :note, :recordedAt, :recordedBy)""")
                .bind("id", f.id()).bind("reportId", f.reportId())
                .bind("classification", f.classification() == null ? null : f.classification().name())
                .bind("outcome", f.outcome() == null ? null : f.outcome().name())
                .bind("note", f.note()).bind("recordedAt", f.recordedAt()).bind("recordedBy", f.recordedBy())
                .execute();        LedgerChain.link(h, ChainedLedgers.AEFI_FOLLOWUPS, f.id(), f.id(), f.reportId(), f.classification(), f.outcome(), f.note(), f.recordedAt(), f.recordedBy());
    }

    public Optional<AefiReport> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM aefi_reports WHERE id = :id").bind("id", id).map(REPORT).findOne();
    }

    public Optional<Followup> findFollowup(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM aefi_followups WHERE id = :id").bind("id", id).map(FOLLOWUP).findOne();
    }

    /** The report's follow-ups in the order they were written. */
    public List<Followup> followups(Handle h, UUID reportId) {
        return h.createQuery("SELECT * FROM aefi_followups WHERE report_id = :id ORDER BY seq")
                .bind("id", reportId).map(FOLLOWUP).list();
    }

    /** Reports in id order after the cursor; one more than the page so the caller knows of a next one. */
    public List<AefiReport> page(Handle h, AefiFilter filter, UUID after, int limitPlusOne) {
        StringBuilder sql = new StringBuilder("SELECT * FROM aefi_reports WHERE 1 = 1");
        if (filter.lotId() != null) {
            sql.append(" AND lot_id = :lot");
        }
        if (filter.provinceCode() != null) {
            sql.append(" AND province_code = :province");
        }
        if (filter.serious() != null) {
            sql.append(" AND seriousness = :seriousness");
        }
        if (after != null) {
            sql.append(" AND id > :after");
        }
        var query = h.createQuery(sql.append(" ORDER BY id LIMIT :limit").toString()).bind("limit", limitPlusOne);
        if (filter.lotId() != null) {
            query.bind("lot", filter.lotId());
        }
        if (filter.provinceCode() != null) {
            query.bind("province", filter.provinceCode());
        }
        if (filter.serious() != null) {
            query.bind("seriousness", (filter.serious() ? Seriousness.SERIOUS : Seriousness.NON_SERIOUS).name());
        }
        if (after != null) {
            query.bind("after", after);
        }
        return query.map(REPORT).list();
    }

    /** Criteria kept as sorted, comma-separated names: empty for a non-serious event. */
    private static String text(Collection<SeriousCriterion> criteria) {
        return criteria.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<SeriousCriterion> criteria(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        EnumSet<SeriousCriterion> set = EnumSet.noneOf(SeriousCriterion.class);
        Arrays.stream(text.split(",")).map(SeriousCriterion::valueOf).forEach(set::add);
        return set;
    }
}
