package org.vaxline.access;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.access.domain.AccessError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;

class UsersCommandTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void usersCanBeAddedListedGivenTokensAndRevokedFromTheCommandLine(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            Run added = run(bed, "add", "hanoi.cdc", "--role", "province-manager", "--facility", HANOI_CDC.toString());
            assertThat(added.exit).isZero();
            assertThat(added.out).contains("hanoi.cdc", "PROVINCE_MANAGER", "province 01");

            Run token = run(bed, "token", "hanoi.cdc", "--label", "script");
            assertThat(token.exit).isZero();
            assertThat(token.out).matches("vxl_[A-Za-z0-9_-]{43}\\R");
            assertThat(bed.module.authenticator().authenticate(token.out.strip()))
                    .contains(new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, HANOI));

            Run list = run(bed, "list");
            assertThat(list.out.lines()).hasSize(2);
            assertThat(list.out.lines().skip(1).findFirst().orElseThrow())
                    .contains("hanoi.cdc", "PROVINCE_MANAGER", HANOI_CDC.toString(), "enabled", OPERATOR.name());

            assertThat(run(bed, "revoke", "hanoi.cdc").exit).isZero();
            assertThat(bed.module.authenticator().authenticate(token.out.strip())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void failuresAreThrownAsNamedRejectionsForTheRootToPrint(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            assertThat(run(bed, "add", "x1x", "--role", "pope").failure.code()).isEqualTo(AccessError.ACCESS_ROLE_INVALID);
            assertThat(run(bed, "token", "nobody").failure.code()).isEqualTo(AccessError.ACCESS_USER_UNKNOWN);
            assertThat(run(bed, "add", "vac", "--role", "SITE_VACCINATOR").failure.code()).isEqualTo(AccessError.ACCESS_SCOPE_INVALID);
            assertThat(bed.count("access_user")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theCommandTakesTheRootsInheritedOptionsAndOpensNothingForHelp(Dialect dialect) {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            List<String> opened = new ArrayList<>();
            CommandLine root = new CommandLine(new FakeRoot());
            root.addSubcommand(new org.vaxline.access.cli.UsersCommand(() -> {
                opened.add("service");
                return bed.service();
            }, () -> OPERATOR));
            StringWriter out = new StringWriter();
            root.setOut(new PrintWriter(out));

            assertThat(root.execute("users", "--help")).isZero();
            assertThat(opened).isEmpty();
            assertThat(root.execute("users", "token", "admin", "--data", "somewhere")).isZero();
            assertThat(out.toString().lines().reduce((a, b) -> b).orElseThrow()).matches("vxl_[A-Za-z0-9_-]{43}");
            assertThat(opened).containsExactly("service");
        }
    }

    private static Run run(AccessTestbed bed, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        VaxlineException[] failure = new VaxlineException[1];
        CommandLine line = new CommandLine(bed.module.usersCommand(() -> OPERATOR))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    failure[0] = (VaxlineException) e;
                    return 1;
                });
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString(), failure[0]);
    }

    private record Run(int exit, String out, String err, VaxlineException failure) {
    }

    /** Like the lead's root: global options every subcommand inherits. */
    @Command(name = "vaxline", mixinStandardHelpOptions = true)
    static final class FakeRoot {
        @Option(names = "--data", scope = ScopeType.INHERIT)
        Path data;

        @Option(names = "--db", scope = ScopeType.INHERIT)
        String db;
    }
}
