package org.vaxline.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.ledger.LedgerHeads;
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
        try (Vaxline app = new Vaxline(TestStores.open(dialect, tempDir), Clock.systemDefaultZone())) {
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
            UUID altered = store.read(h -> h.createQuery("SELECT entry_id FROM ledger_links WHERE ledger = 'doses' AND position = :p")
                    .bind("p", position).mapTo(UUID.class).one());

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
        }
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
