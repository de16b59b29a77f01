package org.vaxline.platform.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The ledgers whose entries are chained. Each feature's single append method calls {@link LedgerChain#link} with the
 * entry's values in the order given here; the verifier and the V36/V42 backfills read the same columns from the table.
 * Adding a column to an entry's canonical bytes changes every hash after it: it needs a new ledger version, not an edit.
 */
public final class ChainedLedgers {
    public static final LedgerDefinition DELIVERIES = LedgerDefinition.of("deliveries", "deliveries", "id", "recorded_at, id",
            "id UUID", "agreement_id UUID", "commitment_id UUID", "type TEXT", "quantity_milli INTEGER", "unit TEXT",
            "delivered_on DATE", "reference TEXT", "over_delivery BOOLEAN", "reverses_id UUID", "reason TEXT",
            "province_code TEXT", "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition LOT_DECISIONS = LedgerDefinition.of("lot-decisions", "lot_decisions", "id", "recorded_at, id",
            "id UUID", "lot_id UUID", "decision TEXT", "certificate_number TEXT", "reason TEXT", "decided_on DATE",
            "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition LOT_HOLDS = LedgerDefinition.of("lot-holds", "lot_holds", "id", "placed_at, id",
            "id UUID", "lot_id UUID", "facility_id UUID", "reason TEXT", "source TEXT", "source_id UUID", "placed_at INSTANT",
            "placed_by TEXT");
    public static final LedgerDefinition LOT_HOLD_LIFTS = LedgerDefinition.of("lot-hold-lifts", "lot_hold_lifts", "hold_id",
            "lifted_at, hold_id", "hold_id UUID", "outcome TEXT", "note TEXT", "lifted_at INSTANT", "lifted_by TEXT");
    public static final LedgerDefinition STOCK_MOVEMENTS = LedgerDefinition.of("stock-movements", "stock_movements", "id",
            "recorded_at, id", "id UUID", "request_id UUID", "type TEXT", "facility_id UUID", "province_code TEXT",
            "lot_id UUID", "product_id UUID", "quantity INTEGER", "occurred_on DATE", "reason TEXT", "reference TEXT",
            "transfer_id UUID", "counterpart_facility_id UUID", "reverses_id UUID", "fefo_override_reason TEXT",
            "hierarchy_override_reason TEXT", "request_digest TEXT", "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition DOSES = LedgerDefinition.of("doses", "doses", "id", "recorded_at, id",
            "id UUID", "person_id UUID", "product_id UUID", "lot_id UUID", "site_id UUID", "province_code TEXT",
            "given_on DATE", "dose_number INTEGER", "series_code TEXT", "kind TEXT", "session_id UUID",
            "interval_override_reason TEXT", "stock_request_id UUID", "recorded_at INSTANT", "recorded_by TEXT",
            "primary_source BOOLEAN", "reported_lot_number TEXT", "given_elsewhere TEXT");
    public static final LedgerDefinition DOSE_REVERSALS = LedgerDefinition.of("dose-reversals", "dose_reversals", "id",
            "recorded_at, id", "id UUID", "dose_id UUID", "reason TEXT", "stock_request_id UUID", "province_code TEXT",
            "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition PERSON_CORRECTIONS = LedgerDefinition.of("person-corrections", "person_corrections",
            "id", "recorded_at, id", "id UUID", "person_id UUID", "number INTEGER", "reason TEXT", "province_code TEXT",
            "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition AEFI_REPORTS = LedgerDefinition.of("aefi-reports", "aefi_reports", "id",
            "recorded_at, id", "id UUID", "dose_id UUID", "person_id UUID", "lot_id UUID", "product_id UUID", "site_id UUID",
            "province_code TEXT", "given_on DATE", "onset_at INSTANT", "seriousness TEXT", "serious_criteria TEXT",
            "classification TEXT", "outcome TEXT", "description TEXT", "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition AEFI_FOLLOWUPS = LedgerDefinition.of("aefi-followups", "aefi_followups", "id",
            "seq", "id UUID", "report_id UUID", "classification TEXT", "outcome TEXT", "note TEXT", "recorded_at INSTANT",
            "recorded_by TEXT");
    public static final LedgerDefinition PERSON_CORRECTION_FIELDS = LedgerDefinition.grouped("person-correction-fields",
            "person_correction_fields", "correction_id",
            "(SELECT c.recorded_at FROM person_corrections c WHERE c.id = t.correction_id), correction_id",
            "correction_id UUID", "field TEXT", "before_value TEXT", "after_value TEXT");
    public static final LedgerDefinition PERSON_MERGES = LedgerDefinition.of("person-merges", "person_merges", "id",
            "recorded_at, id", "id UUID", "survivor_id UUID", "duplicate_id UUID", "reason TEXT", "province_code TEXT",
            "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition SHELF_LIFE_DECISIONS = LedgerDefinition.of("shelf-life-decisions",
            "shelf_life_decisions", "id", "recorded_at, id", "id UUID", "product_id UUID", "months INTEGER",
            "decided_on DATE", "authority TEXT", "reference TEXT", "manufactured_from DATE", "manufactured_to DATE",
            "recorded_at INSTANT", "recorded_by TEXT");
    public static final LedgerDefinition LOT_RECALLS = LedgerDefinition.of("lot-recalls", "lot_recalls", "id",
            "recorded_at, id", "id UUID", "lot_id UUID", "reason TEXT", "hold_id UUID", "recorded_at INSTANT",
            "recorded_by TEXT");
    public static final LedgerDefinition LOT_RECALL_FACILITIES = LedgerDefinition.grouped("lot-recall-facilities",
            "lot_recall_facilities", "recall_id", "(SELECT r.recorded_at FROM lot_recalls r WHERE r.id = t.recall_id), recall_id",
            "recall_id UUID", "facility_id UUID", "facility_code TEXT", "province_code TEXT", "doses INTEGER");
    public static final LedgerDefinition MILESTONE_COMPLETIONS = LedgerDefinition.of("milestone-completions",
            "milestone_completions", "milestone_id", "recorded_at, milestone_id", "milestone_id UUID", "done_on DATE",
            "recorded_at INSTANT", "recorded_by TEXT");

    /** Chained since V35; V36 chained the entries stores held before. Fixed: V36 must chain these and no others. */
    public static final List<LedgerDefinition> SINCE_V35 = List.of(DELIVERIES, LOT_DECISIONS, LOT_HOLDS, LOT_HOLD_LIFTS,
            STOCK_MOVEMENTS, DOSES, DOSE_REVERSALS, PERSON_CORRECTIONS, AEFI_REPORTS, AEFI_FOLLOWUPS);
    /** Chained since V42, which chained the entries stores held before. Fixed, as {@link #SINCE_V35}. */
    public static final List<LedgerDefinition> SINCE_V42 = List.of(PERSON_CORRECTION_FIELDS, PERSON_MERGES,
            SHELF_LIFE_DECISIONS, LOT_RECALLS, LOT_RECALL_FACILITIES, MILESTONE_COMPLETIONS);

    public static final List<LedgerDefinition> ALL = java.util.stream.Stream.concat(SINCE_V35.stream(), SINCE_V42.stream()).toList();

    private ChainedLedgers() {
    }

    public static Optional<LedgerDefinition> named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
