package org.vaxline.agreement.store;

import org.jdbi.v3.core.Handle;
import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.Commitment;
import org.vaxline.agreement.domain.CommittedItem;
import org.vaxline.agreement.domain.Milestone;
import org.vaxline.agreement.domain.Quantity;
import org.vaxline.platform.store.Rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Agreements with their commitments and milestones: written once, read whole. */
public final class AgreementStore {

    public void insert(Handle h, Agreement a) {
        h.createUpdate("""
                        INSERT INTO agreements (id, title, from_partner_id, to_partner_id, signed_on, kind, reference, recorded_at, recorded_by)
                        VALUES (:id, :title, :from, :to, :signedOn, :kind, :reference, :recordedAt, :recordedBy)""")
                .bind("id", a.id()).bind("title", a.title()).bind("from", a.fromPartnerId()).bind("to", a.toPartnerId())
                .bind("signedOn", a.signedOn()).bind("kind", a.kind().name()).bind("reference", a.reference())
                .bind("recordedAt", a.recordedAt()).bind("recordedBy", a.recordedBy())
                .execute();
        for (int i = 0; i < a.commitments().size(); i++) {
            insertCommitment(h, a.id(), i, a.commitments().get(i));
        }
    }

    private void insertCommitment(Handle h, UUID agreementId, int position, Commitment c) {
        h.createUpdate("""
                        INSERT INTO commitments (id, agreement_id, position, kind, item_type, item_id, quantity_milli, unit, due_date)
                        VALUES (:id, :agreementId, :position, :kind, :itemType, :itemId, :quantityMilli, :unit, :dueDate)""")
                .bind("id", c.id()).bind("agreementId", agreementId).bind("position", position)
                .bind("kind", c.kind().name())
                .bind("itemType", c.item() == null ? null : c.item().type().name())
                .bindByType("itemId", c.item() == null ? null : c.item().id(), UUID.class)
                .bindByType("quantityMilli", c.quantity() == null ? null : c.quantity().milli(), Long.class)
                .bind("unit", c.quantity() == null ? null : c.quantity().unit())
                .bind("dueDate", c.dueDate())
                .execute();
        for (int m = 0; m < c.milestones().size(); m++) {
            Milestone milestone = c.milestones().get(m);
            h.createUpdate("""
                            INSERT INTO milestones (id, commitment_id, position, name, due_date)
                            VALUES (:id, :commitmentId, :position, :name, :dueDate)""")
                    .bind("id", milestone.id()).bind("commitmentId", c.id()).bind("position", m)
                    .bind("name", milestone.name()).bind("dueDate", milestone.dueDate())
                    .execute();
        }
    }

    public Optional<Agreement> find(Handle h, UUID id) {
        return load(h, "WHERE id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    /** Agreements in id (= creation) order after the cursor, one more than the limit so the caller knows of a next page. */
    public List<Agreement> page(Handle h, UUID after, UUID partnerId, int limitPlusOne) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (after != null) {
            where.append(" AND id > :after");
            binds.put("after", after);
        }
        if (partnerId != null) {
            where.append(" AND (from_partner_id = :partner OR to_partner_id = :partner)");
            binds.put("partner", partnerId);
        }
        return load(h, where.toString(), binds, limitPlusOne);
    }

    private List<Agreement> load(Handle h, String where, Map<String, Object> binds, int limit) {
        var query = h.createQuery("SELECT * FROM agreements " + where + " ORDER BY id LIMIT :limit").bind("limit", limit);
        binds.forEach((name, value) -> query.bindByType(name, value, value.getClass()));
        List<Agreement> headers = query.map((rs, ctx) -> new Agreement(
                Rows.uuid(rs, "id", ctx),
                rs.getString("title"),
                Rows.uuid(rs, "from_partner_id", ctx),
                Rows.uuid(rs, "to_partner_id", ctx),
                Rows.date(rs, "signed_on", ctx),
                AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("reference"),
                List.of(),
                Rows.instant(rs, "recorded_at", ctx),
                rs.getString("recorded_by"))).list();
        List<Agreement> whole = new ArrayList<>(headers.size());
        for (Agreement a : headers) {
            whole.add(new Agreement(a.id(), a.title(), a.fromPartnerId(), a.toPartnerId(), a.signedOn(), a.kind(),
                    a.reference(), commitments(h, a.id()), a.recordedAt(), a.recordedBy()));
        }
        return whole;
    }

    private List<Commitment> commitments(Handle h, UUID agreementId) {
        List<CommitmentRow> rows = h.createQuery("SELECT * FROM commitments WHERE agreement_id = :id ORDER BY position")
                .bind("id", agreementId)
                .map((rs, ctx) -> new CommitmentRow(
                        Rows.uuid(rs, "id", ctx),
                        AgreementKind.valueOf(rs.getString("kind")),
                        rs.getString("item_type"),
                        Rows.uuid(rs, "item_id", ctx),
                        Rows.nullableLong(rs, "quantity_milli"),
                        rs.getString("unit"),
                        Rows.date(rs, "due_date", ctx)))
                .list();
        List<Commitment> commitments = new ArrayList<>(rows.size());
        for (CommitmentRow r : rows) {
            CommittedItem item = r.itemType == null ? null : new CommittedItem(CommittedItem.ItemType.valueOf(r.itemType), r.itemId);
            Quantity quantity = r.quantityMilli == null ? null : Quantity.ofMilli(r.quantityMilli, r.unit);
            commitments.add(new Commitment(r.id, r.kind, item, quantity, r.dueDate, milestones(h, r.id)));
        }
        return commitments;
    }

    private List<Milestone> milestones(Handle h, UUID commitmentId) {
        return h.createQuery("SELECT id, name, due_date FROM milestones WHERE commitment_id = :id ORDER BY position")
                .bind("id", commitmentId)
                .map((rs, ctx) -> new Milestone(
                        Rows.uuid(rs, "id", ctx),
                        rs.getString("name"),
                        Rows.date(rs, "due_date", ctx)))
                .list();
    }

    private record CommitmentRow(UUID id, AgreementKind kind, String itemType, UUID itemId, Long quantityMilli,
                                 String unit, LocalDate dueDate) {
    }
}
