-- The agreement ledger: agreements and their commitments are written once; deliveries and milestone
-- completions are append-only entries; commitment_fulfilment is their projection.

CREATE TABLE agreements (
    id              uuid PRIMARY KEY,
    title           text NOT NULL,
    from_partner_id uuid NOT NULL,
    to_partner_id   uuid NOT NULL,
    signed_on       date NOT NULL,
    kind            text NOT NULL,
    reference       text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text NOT NULL
);

CREATE TABLE commitments (
    id             uuid PRIMARY KEY,
    agreement_id   uuid NOT NULL REFERENCES agreements (id),
    position       integer NOT NULL,
    kind           text NOT NULL,
    item_type      text,
    item_id        uuid,
    quantity_milli bigint,
    unit           text,
    due_date       date NOT NULL
);
CREATE INDEX commitments_by_agreement ON commitments (agreement_id, position);
CREATE INDEX commitments_by_item ON commitments (item_id);

CREATE TABLE milestones (
    id            uuid PRIMARY KEY,
    commitment_id uuid NOT NULL REFERENCES commitments (id),
    position      integer NOT NULL,
    name          text NOT NULL,
    due_date      date NOT NULL
);
CREATE INDEX milestones_by_commitment ON milestones (commitment_id, position);

-- A milestone is completed at most once: the primary key says so.
CREATE TABLE milestone_completions (
    milestone_id uuid PRIMARY KEY REFERENCES milestones (id),
    done_on      date NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text NOT NULL
);

-- A delivery is reversed at most once: reverses_id is unique.
CREATE TABLE deliveries (
    id             uuid PRIMARY KEY,
    agreement_id   uuid NOT NULL REFERENCES agreements (id),
    commitment_id  uuid NOT NULL REFERENCES commitments (id),
    type           text NOT NULL CHECK (type IN ('DELIVERY', 'REVERSAL')),
    quantity_milli bigint NOT NULL,
    unit           text NOT NULL,
    delivered_on   date NOT NULL,
    reference      text,
    over_delivery  boolean NOT NULL DEFAULT false,
    reverses_id    uuid UNIQUE REFERENCES deliveries (id),
    reason         text,
    province_code  text,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text NOT NULL
);
CREATE INDEX deliveries_by_commitment ON deliveries (commitment_id, delivered_on);
CREATE INDEX deliveries_by_agreement ON deliveries (agreement_id, id);

CREATE TABLE commitment_fulfilment (
    commitment_id      uuid PRIMARY KEY REFERENCES commitments (id),
    agreement_id       uuid NOT NULL,
    delivered_milli    bigint NOT NULL,
    deliveries         integer NOT NULL,
    first_delivered_on date,
    last_delivered_on  date
);

-- Ledgers are never rewritten: the database itself refuses updates and deletes.
CREATE FUNCTION vaxline_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is an append-only ledger', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER deliveries_append_only BEFORE UPDATE OR DELETE ON deliveries
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER milestone_completions_append_only BEFORE UPDATE OR DELETE ON milestone_completions
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
