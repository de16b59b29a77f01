-- Adverse events following immunization: reports (append-only), follow-ups that change the outcome or the causality
-- classification (append-only; the latest wins), the per-lot counts they project, the signal threshold, and lot recalls
-- with the facilities that held the lot when it was recalled (both append-only).

CREATE TABLE aefi_reports (
    id               TEXT PRIMARY KEY,
    dose_id          TEXT NOT NULL,
    person_id        TEXT NOT NULL,
    lot_id           TEXT NOT NULL,
    product_id       TEXT NOT NULL,
    site_id          TEXT NOT NULL,
    province_code    TEXT,
    given_on         TEXT NOT NULL,
    onset_at         TEXT NOT NULL,
    seriousness      TEXT NOT NULL CHECK (seriousness IN ('NON_SERIOUS', 'SERIOUS')),
    serious_criteria TEXT NOT NULL,
    classification   TEXT NOT NULL,
    outcome          TEXT NOT NULL,
    description      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    -- WHO: a serious event names at least one criterion, a non-serious one none.
    CHECK ((seriousness = 'SERIOUS') = (serious_criteria <> ''))
);
CREATE INDEX aefi_reports_by_lot ON aefi_reports (lot_id, id);
CREATE INDEX aefi_reports_by_province ON aefi_reports (province_code, id);

-- seq orders follow-ups as they were written, whatever ids clients chose.
CREATE TABLE aefi_followups (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    report_id      TEXT NOT NULL REFERENCES aefi_reports (id),
    classification TEXT,
    outcome        TEXT,
    note           TEXT,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    CHECK (classification IS NOT NULL OR outcome IS NOT NULL)
);
CREATE INDEX aefi_followups_by_report ON aefi_followups (report_id, seq);

-- Projection of aefi_reports, kept in the same transaction; rebuildable from the ledger.
CREATE TABLE lot_aefi_counts (
    lot_id  TEXT PRIMARY KEY,
    reports INTEGER NOT NULL CHECK (reports >= 0),
    serious INTEGER NOT NULL CHECK (serious >= 0 AND serious <= reports)
);

-- Configuration: one row.
CREATE TABLE aefi_settings (
    id                         INTEGER PRIMARY KEY CHECK (id = 1),
    serious_per_100k_threshold REAL NOT NULL CHECK (serious_per_100k_threshold >= 0),
    updated_at                 TEXT,
    updated_by                 TEXT
);
INSERT INTO aefi_settings (id, serious_per_100k_threshold) VALUES (1, 10);

-- A lot is recalled once: the unique lot_id says so.
CREATE TABLE lot_recalls (
    id          TEXT PRIMARY KEY,
    lot_id      TEXT NOT NULL UNIQUE,
    reason      TEXT NOT NULL,
    hold_id     TEXT NOT NULL UNIQUE,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

-- The facilities that held doses of the lot when it was recalled, so a retry answers the same.
CREATE TABLE lot_recall_facilities (
    recall_id     TEXT NOT NULL REFERENCES lot_recalls (id),
    facility_id   TEXT NOT NULL,
    facility_code TEXT,
    province_code TEXT,
    doses         INTEGER NOT NULL CHECK (doses > 0),
    PRIMARY KEY (recall_id, facility_id)
);

CREATE TRIGGER aefi_reports_append_only_update BEFORE UPDATE ON aefi_reports
BEGIN SELECT RAISE(ABORT, 'aefi_reports is an append-only ledger'); END;
CREATE TRIGGER aefi_reports_append_only_delete BEFORE DELETE ON aefi_reports
BEGIN SELECT RAISE(ABORT, 'aefi_reports is an append-only ledger'); END;
CREATE TRIGGER aefi_followups_append_only_update BEFORE UPDATE ON aefi_followups
BEGIN SELECT RAISE(ABORT, 'aefi_followups is an append-only ledger'); END;
CREATE TRIGGER aefi_followups_append_only_delete BEFORE DELETE ON aefi_followups
BEGIN SELECT RAISE(ABORT, 'aefi_followups is an append-only ledger'); END;
CREATE TRIGGER lot_recalls_append_only_update BEFORE UPDATE ON lot_recalls
BEGIN SELECT RAISE(ABORT, 'lot_recalls is an append-only ledger'); END;
CREATE TRIGGER lot_recalls_append_only_delete BEFORE DELETE ON lot_recalls
BEGIN SELECT RAISE(ABORT, 'lot_recalls is an append-only ledger'); END;
CREATE TRIGGER lot_recall_facilities_append_only_update BEFORE UPDATE ON lot_recall_facilities
BEGIN SELECT RAISE(ABORT, 'lot_recall_facilities is an append-only ledger'); END;
CREATE TRIGGER lot_recall_facilities_append_only_delete BEFORE DELETE ON lot_recall_facilities
BEGIN SELECT RAISE(ABORT, 'lot_recall_facilities is an append-only ledger'); END;
