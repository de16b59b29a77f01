-- Issue 7: a retried stock movement is compared with what its client sent, not with what the planner made of it.
-- request_digest is the SHA-256 of the request's canonical content, on every entry the request made (null on entries
-- recorded before this migration). The override reasons say why a named lot bypassed first expiry, and why a transfer
-- left the facility hierarchy; each is recorded only on the entries that needed it. Columns are added, never rewritten:
-- the ledger stays append-only.
ALTER TABLE stock_movements ADD COLUMN request_digest TEXT;
ALTER TABLE stock_movements ADD COLUMN fefo_override_reason TEXT;
ALTER TABLE stock_movements ADD COLUMN hierarchy_override_reason TEXT;
