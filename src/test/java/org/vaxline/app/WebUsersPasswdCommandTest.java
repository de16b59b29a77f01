package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.access.application.SignInResult;
import org.vaxline.platform.store.Store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline users passwd NAME} reads the password from stdin (or an env var), never from an argument. */
class WebUsersPasswdCommandTest {
    @TempDir
    Path tempDir;

    @Test
    void thePasswordComesFromStdinAndSignsIn() {
        List<String> store = List.of("--data", tempDir.resolve("data").toString());
        assertThat(CliRun.run(store, "users", "add", "admin2", "--role", "NATIONAL_ADMIN").exitCode()).isZero();
        CliRun set = withStdin("a long enough pass phrase\n", () -> CliRun.run(store, "users", "passwd", "admin2"));
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("password set for admin2").doesNotContain("a long enough pass phrase");

        CliRun weak = withStdin("short\n", () -> CliRun.run(store, "users", "passwd", "admin2"));
        assertThat(weak.exitCode()).isEqualTo(5);
        assertThat(weak.errorLines()).singleElement().asString().contains("ACCESS_PASSWORD_WEAK");

        CliRun unset = CliRun.run(store, "users", "passwd", "admin2", "--password-env", "VAXLINE_NO_SUCH_VARIABLE_SET");
        assertThat(unset.exitCode()).isEqualTo(2);

        try (Vaxline vaxline = new Vaxline(Store.embedded(tempDir.resolve("data")), Clock.systemUTC())) {
            assertThat(vaxline.access().service().web().signIn("admin2", "a long enough pass phrase"))
                    .isInstanceOf(SignInResult.SignedIn.class);
        }
    }

    private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }
}
