package org.vaxline.platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.ModuleServer;
import org.vaxline.testing.TestStores;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database error carries no personal data: neither the exception (its whole cause chain and stack trace) nor the
 * server log holds the bound values of the statement that failed, on either store.
 */
class LogPrivacyTest {
    private static final String ID_NUMBER = "001090012345";
    private static final String NAME = "Nguyễn Văn Riêngtư";
    private static final LocalDate BORN = LocalDate.of(1990, 5, 14);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aUniqueKeyViolationNamesNoBoundValue(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('01', 'Hà Nội', 'CITY', 1)"));
            insertPerson(store);

            Throwable failure = catchThrowable(() -> insertPerson(store));

            assertThat(failure).as("the second insert breaks the unique identity number").isNotNull();
            assertThat(stackTraceOf(failure)).as("the message chain says what failed")
                    .containsIgnoringCase("unique")
                    .doesNotContain(ID_NUMBER).doesNotContain(NAME).doesNotContain(BORN.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theServerLogOfAFailedRequestNamesNoBoundValue(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('01', 'Hà Nội', 'CITY', 1)"));
            insertPerson(store);
            Actor admin = new Actor("admin", Role.NATIONAL_ADMIN, null, null);
            String log;
            Answer answer;
            try (ModuleServer server = ModuleServer.start(Map.of("t", admin), routes -> routes.post("/api/v1/probe", ctx -> {
                insertPerson(store);
                ctx.status(201);
            }))) {
                log = capturingStandardError(() -> server.client().send("POST", "/api/v1/probe", "t", "{}"));
                answer = server.client().send("POST", "/api/v1/probe", "t", "{}");
            }

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body()).doesNotContain(ID_NUMBER);
            assertThat(log).as("the failure is logged").contains("unexpected failure on POST /api/v1/probe").containsIgnoringCase("unique");
            assertThat(log).doesNotContain(ID_NUMBER).doesNotContain(NAME).doesNotContain(BORN.toString());
        }
    }

    private static void insertPerson(Store store) {
        store.inTransaction(h -> h.createUpdate("""
                        INSERT INTO persons (id, identity_type, identity_number, full_name, normalized_name, date_of_birth, sex,
                                             province_code, priority_group, recorded_at, recorded_by)
                        VALUES (:id, 'CCCD', :number, :name, :name, :born, 'MALE', '01', 'GENERAL', :at, 'test')""")
                .bind("id", UUID.randomUUID()).bind("number", ID_NUMBER).bind("name", NAME).bind("born", BORN)
                .bind("at", Instant.parse("2021-10-01T00:00:00Z"))
                .execute());
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** What the server logs while the work runs: the logger writes to standard error. */
    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
