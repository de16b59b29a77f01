package org.vaxline.person;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.domain.PersonDied;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.ModuleServer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code POST /api/v1/persons/{id}/death} over real HTTP on SQLite and PostgreSQL, every answer checked against the
 * document: recorded once (the same day again is a retry, another a conflict), impossible days refused with nothing
 * written, the scopes of a correction, the day shown wherever the person is read, and the ledger append-only.
 */
class PersonDeathApiTest {
    private static final String ADMIN = "admin-token";
    private static final String HANOI = "hanoi-token";
    private static final String HUE = "hue-token";
    private static final String AUDITOR = "auditor-token";
    private static final String HANOI_SITE = "hanoi-site-token";
    private static final Map<String, Actor> TOKENS = Map.of(ADMIN, PersonWorld.ADMIN, HANOI, PersonWorld.HANOI_MANAGER,
            HUE, PersonWorld.HUE_MANAGER, AUDITOR, PersonWorld.AUDITOR, HANOI_SITE, PersonWorld.HANOI_VACCINATOR);
    private static final String PERSONS = "/api/v1/persons";

    @TempDir
    Path tempDir;

    private static String died(String day) {
        return "{\"diedOn\": \"" + day + "\"}";
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeathIsRecordedOnceAndShownWhereverThePersonIsRead(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir); ModuleServer server = ModuleServer.start(TOKENS, w.persons.routes())) {
            ContractClient api = server.client();
            List<PersonDied> announced = new ArrayList<>();
            w.events.subscribe(PersonDied.class, announced::add);
            UUID an = w.register(PersonWorld.an());
            String death = PERSONS + "/" + an + "/death";
            assertThat(api.call("GET", PERSONS + "/" + an, HANOI, null).json().has("diedOn")).as("alive: no diedOn").isFalse();

            // impossible days are refused, each naming the field, and write nothing
            Answer future = api.call("POST", death, HANOI, died("2021-10-02"));
            assertThat(future.status()).isEqualTo(422);
            assertThat(future.json().path("code").asText()).isEqualTo("PERSON_DEATH_INVALID");
            assertThat(future.json().path("errors").path("diedOn").asText()).isEqualTo("is after today (2021-10-01)");
            Answer unborn = api.call("POST", death, HANOI, died("1990-04-30"));
            assertThat(unborn.status()).isEqualTo(422);
            assertThat(unborn.json().path("errors").path("diedOn").asText()).isEqualTo("is before the person was born (1990-05-01)");
            Answer none = api.callMalformed("POST", death, HANOI, "{}");
            assertThat(none.status()).isEqualTo(422);
            assertThat(none.json().path("errors").path("diedOn").asText()).startsWith("required");
            // the scopes of a correction: not an auditor, not another province's manager
            assertThat(api.call("POST", death, AUDITOR, died("2021-09-20")).status()).isEqualTo(403);
            assertThat(api.call("POST", death, HUE, died("2021-09-20")).status()).isEqualTo(403);
            assertThat(api.call("POST", PERSONS + "/" + Ids.newId() + "/death", ADMIN, died("2021-09-20")).status()).isEqualTo(404);
            assertThat(api.call("POST", death, null, died("2021-09-20")).status()).isEqualTo(401);
            assertThat(w.count("person_deaths")).isZero();
            assertThat(announced).isEmpty();

            // a vaccinator of the person's province records it; the answer and every read show the day
            Answer recorded = api.call("POST", death, HANOI_SITE, died("2021-09-20"));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            assertThat(recorded.json().path("diedOn").asText()).isEqualTo("2021-09-20");
            assertThat(recorded.raw().headers().firstValue("Location")).hasValue(PERSONS + "/" + an);
            assertThat(api.call("GET", PERSONS + "/" + an, HANOI, null).json().path("diedOn").asText()).isEqualTo("2021-09-20");
            JsonNode found = api.call("GET", PERSONS + "?q=001090000123", HANOI, null).json();
            assertThat(found.path("items").get(0).path("diedOn").asText()).isEqualTo("2021-09-20");
            assertThat(announced).singleElement().satisfies(e -> {
                assertThat(e.personId()).isEqualTo(an);
                assertThat(e.diedOn()).isEqualTo(LocalDate.of(2021, 9, 20));
                assertThat(e.provinceCode()).isEqualTo("01");
                assertThat(e.recordedBy()).isEqualTo("hanoi.site");
            });

            // the same day again is a retry: 200, nothing more; another day is a conflict naming both
            Answer again = api.call("POST", death, ADMIN, died("2021-09-20"));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("diedOn").asText()).isEqualTo("2021-09-20");
            Answer other = api.call("POST", death, ADMIN, died("2021-09-21"));
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.json().path("code").asText()).isEqualTo("PERSON_DEATH_CONFLICT");
            assertThat(other.json().path("recordedDiedOn").asText()).isEqualTo("2021-09-20");
            assertThat(w.count("person_deaths")).isEqualTo(1);
            assertThat(announced).hasSize(1);
            var entry = w.store.read(h -> h.createQuery("SELECT recorded_by FROM person_deaths WHERE person_id = :id")
                    .bind("id", an).mapTo(String.class).one());
            assertThat(entry).isEqualTo("hanoi.site");

            // a correction keeps the death, and cannot move the birth past it
            Answer corrected = api.call("POST", PERSONS + "/" + an + "/corrections", ADMIN,
                    "{\"phone\": \"0912 000 111\", \"reason\": \"new number\"}");
            assertThat(corrected.status()).isEqualTo(201);
            assertThat(corrected.json().path("diedOn").asText()).isEqualTo("2021-09-20");

            // the ledger is append-only on both stores
            for (String sql : List.of("UPDATE person_deaths SET died_on = died_on", "DELETE FROM person_deaths")) {
                assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute(sql))).as(sql).hasMessageContaining("append-only");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMergedAwayRecordSendsTheDeathToItsSurvivor(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir); ModuleServer server = ModuleServer.start(TOKENS, w.persons.routes())) {
            ContractClient api = server.client();
            UUID an = w.register(PersonWorld.an());
            UUID twin = w.register(PersonWorld.confirmed(PersonWorld.with(PersonWorld.an(), "001090000999", "0912 345 678")));
            w.persons.mergePersons().merge(PersonWorld.ADMIN, Ids.newId(), an, twin, "same person");
            Answer merged = api.call("POST", PERSONS + "/" + twin + "/death", ADMIN, died("2021-09-20"));
            assertThat(merged.status()).isEqualTo(409);
            assertThat(merged.json().path("code").asText()).isEqualTo("PERSON_ALREADY_MERGED");
            assertThat(merged.json().path("survivorId").asText()).isEqualTo(an.toString());
            assertThat(api.call("POST", PERSONS + "/" + an + "/death", ADMIN, died("2021-09-20")).status()).isEqualTo(201);
            assertThat(api.call("GET", PERSONS + "/" + twin, ADMIN, null).json().path("diedOn").asText()).isEqualTo("2021-09-20");
        }
    }
}
