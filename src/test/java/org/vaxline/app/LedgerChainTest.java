package org.vaxline.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.aefi.application.RecallRequest;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.ledger.LedgerHeads;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.ledger.LedgerVerification;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledgers' chains on the demo store, on both stores: every chain verifies after the demo's writes; a row altered
 * directly in the database (append-only triggers bypassed, as an intruder with database access would) is named by
 * ledger, position and entry id; and the hash at an earlier length stays what it was while the ledger grows. The API
 * serves heads to national admins and auditors only, as its OpenAPI document says.
 */
class LedgerChainTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyChainVerifiesAndAnAlteredDoseIsNamed(Dialect dialect) {
        try (Vaxline app = new Vaxline(TestStores.openDemo(dialect, tempDir), Clock.systemDefaultZone())) {
            DemoScenario demo = new DemoScenario(app);
            demo.loadOnce();
            Store store = app.store();
            LedgerHeads heads = new LedgerHeads(store);
            for (LedgerVerification v : heads.verifyAll()) {
                assertThat(v.firstBreak()).as(v.ledger()).isNull();
                assertThat(heads.head(v.ledger()).length()).as(v.ledger()).isEqualTo(v.length());
                assertThat(heads.head(v.ledger()).hash()).as(v.ledger()).isEqualTo(v.head());
            }
            for (String ledger : new String[]{"deliveries", "lot-decisions", "lot-holds", "stock-movements", "doses", "aefi-reports"}) {
                assertThat(heads.head(ledger).length()).as(ledger).isPositive();
            }
            LedgerHeads.HeadAt earlier = heads.head("doses");
            servesHeads(app, demo.freshTokens(), earlier);
            long position = earlier.length() / 2;
            UUID altered = heads.entryAt("doses", position).orElseThrow();

            store.inTransaction(h -> {
                if (dialect == Dialect.POSTGRESQL) {
                    h.execute("SET LOCAL session_replication_role = replica"); // the append-only triggers stay silent
                } else {
                    h.execute("DROP TRIGGER doses_append_only_update");
                }
                return h.createUpdate("UPDATE doses SET given_on = given_on WHERE id = :id").bind("id", altered).execute()
                        + h.createUpdate("UPDATE doses SET dose_number = dose_number + 1 WHERE id = :id").bind("id", altered).execute();
            });

            LedgerVerification broken = heads.verify("doses");
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBreak().position()).isEqualTo(position);
            assertThat(broken.firstBreak().entryId()).isEqualTo(altered);
            assertThat(broken.length()).isEqualTo(position - 1);
            assertThat(heads.verify("stock-movements").intact()).isTrue();
            assertThat(heads.at("doses", earlier.length()).hash()).isEqualTo(earlier.hash());
            assertThat(heads.at("doses", position - 1).hash()).isEqualTo(broken.head());

            // a movement written beside the chain (straight into the table, no link) is named too
            UUID beside = UUID.randomUUID();
            store.inTransaction(h -> h.createUpdate("INSERT INTO stock_movements (id, request_id, type, facility_id, province_code,"
                            + " lot_id, product_id, quantity, occurred_on, recorded_at, recorded_by) SELECT :id, :request, type, facility_id,"
                            + " province_code, lot_id, product_id, quantity, occurred_on, recorded_at, recorded_by FROM stock_movements"
                            + " WHERE type = 'RECEIPT' LIMIT 1").bind("id", beside).bind("request", UUID.randomUUID()).execute());
            LedgerVerification unchained = heads.verify("stock-movements");
            assertThat(unchained.intact()).isFalse();
            assertThat(unchained.firstBreak().entryId()).isEqualTo(beside);
            assertThat(unchained.firstBreak().problem()).contains("not in the chain");

            // a block of links rewritten (one hash's byte flipped) and a block removed are named too
            LedgerHeads.HeadAt lotDecisions = heads.head("lot-decisions");
            UUID lastDecision = heads.entryAt("lot-decisions", lotDecisions.length()).orElseThrow();
            store.inTransaction(h -> {
                if (dialect == Dialect.POSTGRESQL) {
                    h.execute("SET LOCAL session_replication_role = replica");
                } else {
                    h.execute("DROP TRIGGER ledger_blocks_append_only_update");
                    h.execute("DROP TRIGGER ledger_blocks_append_only_delete");
                }
                byte[] hashes = h.createQuery("SELECT hashes FROM ledger_blocks WHERE ledger = 'lot-decisions' ORDER BY first_position DESC LIMIT 1")
                        .mapTo(byte[].class).one();
                hashes[hashes.length - 1] ^= 1;
                return h.createUpdate("UPDATE ledger_blocks SET hashes = :hashes WHERE ledger = 'lot-decisions' AND first_position ="
                                + " (SELECT MAX(first_position) FROM ledger_blocks WHERE ledger = 'lot-decisions')").bind("hashes", hashes).execute()
                        + h.execute("DELETE FROM ledger_blocks WHERE ledger = 'deliveries' AND first_position = 1");
            });
            LedgerVerification rewritten = heads.verify("lot-decisions");
            assertThat(rewritten.firstBreak().position()).isEqualTo(lotDecisions.length());
            assertThat(rewritten.firstBreak().entryId()).isEqualTo(lastDecision);
            assertThat(rewritten.firstBreak().problem()).contains("hash is not the one recorded");
            LedgerVerification removed = heads.verify("deliveries");
            assertThat(removed.firstBreak().position()).isEqualTo(1);
            assertThat(removed.firstBreak().problem()).contains("position 1 is missing");
        }
    }

    /**
     * The ledgers chained since V42, written through their features on the demo store: each verifies, and a row altered
     * directly in the database is named, including one row of an entry made of several (a correction's fields, a
     * recall's facilities).
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void laterLedgersVerifyAndAnAlteredRowOfAnyIsNamed(Dialect dialect) {
        try (Vaxline app = new Vaxline(TestStores.openDemo(dialect, tempDir), Clock.systemDefaultZone())) {
            new DemoScenario(app).loadOnce();
            Store store = app.store();
            Actor admin = Actor.operator("ledger-test");
            java.util.List<UUID> people = store.read(h -> h.createQuery("SELECT id FROM persons ORDER BY id LIMIT 2").mapTo(UUID.class).list());
            UUID correction = Ids.newId();
            app.persons().correctPerson().correct(admin, people.get(0), new CorrectionRequest(correction, "Nguyễn Văn Chính",
                    null, null, "0912000111", null, null, null, null, null, "spelling and phone from the card"));
            UUID merge = Ids.newId();
            app.persons().mergePersons().merge(admin, merge, people.get(0), people.get(1), "same person registered twice");
            UUID product = store.read(h -> h.createQuery("SELECT product_id FROM lots ORDER BY id LIMIT 1").mapTo(UUID.class).one());
            UUID decision = Ids.newId();
            app.lots().recordShelfLifeDecision().record(admin, product, new NewShelfLifeDecision(decision, 9,
                    java.time.LocalDate.parse("2022-02-23"), "Drug Administration of Viet Nam", "DAV 2022", null, null));
            UUID lot = store.read(h -> h.createQuery("SELECT lot_id FROM stock_balances WHERE quantity > 0 GROUP BY lot_id ORDER BY COUNT(*) DESC, lot_id LIMIT 1")
                    .mapTo(UUID.class).one());
            UUID recall = Ids.newId();
            app.aefi().recallLot().recall(admin, lot, new RecallRequest(recall, "serious events above threshold"));

            LedgerHeads heads = new LedgerHeads(store);
            for (LedgerVerification v : heads.verifyAll()) {
                assertThat(v.firstBreak()).as(v.ledger()).isNull();
            }
            for (String ledger : new String[]{"person-correction-fields", "person-merges", "shelf-life-decisions", "lot-recalls",
                    "lot-recall-facilities", "milestone-completions"}) {
                assertThat(heads.head(ledger).length()).as(ledger).isPositive();
            }
            alterAndExpectNamed(store, dialect, heads, "person-correction-fields", correction,
                    "UPDATE person_correction_fields SET after_value = '0912999999' WHERE correction_id = :id AND field = 'phone'");
            alterAndExpectNamed(store, dialect, heads, "lot-recall-facilities", recall,
                    "UPDATE lot_recall_facilities SET doses = doses + 1 WHERE recall_id = :id");
            alterAndExpectNamed(store, dialect, heads, "person-merges", merge, "UPDATE person_merges SET reason = 'x' WHERE id = :id");
            alterAndExpectNamed(store, dialect, heads, "shelf-life-decisions", decision,
                    "UPDATE shelf_life_decisions SET months = 12 WHERE id = :id");
            alterAndExpectNamed(store, dialect, heads, "lot-recalls", recall, "UPDATE lot_recalls SET reason = 'x' WHERE id = :id");
            UUID milestone = heads.entryAt("milestone-completions", 1).orElseThrow();
            alterAndExpectNamed(store, dialect, heads, "milestone-completions", milestone,
                    "UPDATE milestone_completions SET recorded_by = 'someone else' WHERE milestone_id = :id");
        }
    }

    /**
     * Two processes writing one PostgreSQL store (two applications here, each with its own chain and its own idea of the
     * heads): each finds the head the other moved, reads it again under lock and chains after it, and the ledgers
     * verify whole.
     */
    @org.junit.jupiter.api.Test
    void twoWritersOfOneStoreChainAfterEachOther() {
        String url = TestStores.demoPostgresUrl();
        try (Vaxline first = new Vaxline(Store.open(url), Clock.systemDefaultZone());
             Vaxline second = new Vaxline(Store.open(url), Clock.systemDefaultZone())) {
            Actor admin = Actor.operator("two-writers");
            java.time.LocalDate today = java.time.LocalDate.now(first.clock());
            var stock = first.stock().queries().onHand(null, "01", null, null).lines().stream()
                    .filter(l -> l.facilityCode().startsWith("SITE-") && !l.onHold()
                            && l.status() == org.vaxline.lot.domain.LotStatus.RELEASED && !l.expiresOn().isBefore(today) && l.quantity() > 10)
                    .findFirst().orElseThrow();
            long before = new LedgerHeads(first.store()).head("doses").length();
            long staleBefore = org.vaxline.platform.ledger.LedgerChain.staleHeads();
            for (int i = 0; i < 6; i++) {
                Vaxline app = i % 2 == 0 ? first : second;
                UUID person = app.persons().registerPerson().register(admin, new org.vaxline.person.domain.NewPerson(Ids.newId(),
                        org.vaxline.person.domain.IdentityType.CCCD, String.format("001090%06d", 700_000 + i), "Người Hai Bên " + i,
                        java.time.LocalDate.parse("1990-05-14"), org.vaxline.person.domain.Sex.MALE, null, "01", null, null, null, true))
                        .value().id();
                app.registry().recordDose().record(admin, new org.vaxline.registry.application.DoseRequest(Ids.newId(), person,
                        stock.productId(), stock.lotId(), stock.facilityId(), today, null, null));
            }
            assertThat(org.vaxline.platform.ledger.LedgerChain.staleHeads() - staleBefore).as("heads found moved by the other").isPositive();
            LedgerHeads heads = new LedgerHeads(second.store());
            assertThat(heads.head("doses").length()).isEqualTo(before + 6);
            for (LedgerVerification v : heads.verifyAll()) {
                assertThat(v.firstBreak()).as(v.ledger()).isNull();
            }
        }
    }

    private static void alterAndExpectNamed(Store store, Dialect dialect, LedgerHeads heads, String ledger, UUID entry, String update) {
        assertThat(heads.verify(ledger).intact()).as(ledger).isTrue();
        store.inTransaction(h -> {
            if (dialect == Dialect.POSTGRESQL) {
                h.execute("SET LOCAL session_replication_role = replica"); // the append-only triggers stay silent
            } else {
                String table = update.split("\\s+")[1];
                h.execute("DROP TRIGGER IF EXISTS " + table + "_append_only_update");
            }
            return h.createUpdate(update).bind("id", entry).execute();
        });
        LedgerVerification broken = heads.verify(ledger);
        assertThat(broken.intact()).as(ledger).isFalse();
        assertThat(broken.firstBreak().entryId()).as(ledger).isEqualTo(entry);
        assertThat(broken.firstBreak().problem()).as(ledger).contains("hash is not the one recorded");
    }

    private static void servesHeads(Vaxline app, java.util.Map<String, String> tokens, LedgerHeads.HeadAt doses) {
        var server = ApiServer.start(app, "127.0.0.1", 0);
        try {
            ContractClient api = new ContractClient("http://127.0.0.1:" + server.port());
            var head = api.call("GET", "/api/v1/ledgers/doses/head", tokens.get("auditor"), null);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.json().get("length").asLong()).isEqualTo(doses.length());
            assertThat(head.json().get("hash").asText()).isEqualTo(doses.hash());
            var at = api.call("GET", "/api/v1/ledgers/doses/head?length=3", tokens.get("admin"), null);
            assertThat(at.status()).isEqualTo(200);
            assertThat(at.json().get("hash").asText()).isEqualTo(new LedgerHeads(app.store()).at("doses", 3).hash());
            assertThat(api.call("GET", "/api/v1/ledgers/doses/head", tokens.get("province"), null).status()).isEqualTo(403);
            assertThat(api.call("GET", "/api/v1/ledgers/doses/head?length=" + (doses.length() + 1), tokens.get("auditor"), null)
                    .status()).isEqualTo(404);
            assertThat(api.callMalformed("GET", "/api/v1/ledgers/nothing/head", tokens.get("auditor"), null).status()).isEqualTo(404);
            assertThat(api.callMalformed("GET", "/api/v1/ledgers/doses/head?length=x", tokens.get("auditor"), null).status()).isEqualTo(400);
            assertThat(api.send("GET", "/api/v1/ledgers/doses/head", null, null).status()).isEqualTo(401);
        } finally {
            server.stop();
        }
    }
}
