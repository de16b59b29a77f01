package org.vaxline.access.cli;

import org.vaxline.access.application.AccessService;
import org.vaxline.access.application.IssuedToken;
import org.vaxline.access.application.NewUser;
import org.vaxline.access.domain.Roles;
import org.vaxline.access.domain.User;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code vaxline users add|list|revoke|revoke-token|token|passwd}. The subcommands are methods of this one object,
 * so that it carries them wherever it is added ({@code addSubcommand} or {@code new CommandLine(cmd)}).
 * The service and the actor are suppliers, so that {@code --help} opens no store.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages who may use vaxline: users, their roles and facility scopes, and their bearer tokens.")
public final class UsersCommand implements Callable<Integer> {
    private static final int LIST_PAGE = 1000;

    private final Supplier<AccessService> service;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public UsersCommand(Supplier<AccessService> service, Supplier<Actor> actor) {
        this.service = service;
        this.actor = actor;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "add", description = "Adds a user with a role and, for province managers and site vaccinators, a facility.")
    void add(@Parameters(paramLabel = "USER", description = "3-64 letters, digits, '.', '_' or '-'") String username,
             @Option(names = "--role", required = true, paramLabel = "ROLE",
                     description = "NATIONAL_ADMIN, PROVINCE_MANAGER, SITE_VACCINATOR or AUDITOR") String role,
             @Option(names = "--facility", paramLabel = "FACILITY_ID", description = "the facility the user's scope is rooted at")
             String facility) {
        User user = service.get().addUser(actor.get(), new NewUser(username, Roles.parse(role), facilityId(facility)));
        out().println("added user " + user.username() + " (" + user.role() + scopeText(user) + "), id " + user.id());
        out().flush();
    }

    @Command(name = "list", description = "Lists every user with role, scope and status.")
    void list() {
        List<User> users = new ArrayList<>();
        String after = null;
        List<User> page;
        do {
            page = service.get().listUsers(actor.get(), after, LIST_PAGE);
            users.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).username();
        } while (page.size() == LIST_PAGE);
        List<List<String>> rows = users.stream().map(user -> List.of(user.username(), user.role().name(),
                text(user.scope().facilityId()), text(user.scope().provinceCode()),
                user.enabled() ? "enabled" : "revoked " + user.disabledAt(), user.createdBy())).toList();
        CliOutput.table(out(), List.of("USER", "ROLE", "FACILITY", "PROVINCE", "STATUS", "CREATED_BY"), rows);
    }

    @Command(name = "revoke", description = "Disables a user and revokes all their tokens at once.")
    void revoke(@Parameters(paramLabel = "USER") String username) {
        User user = service.get().revokeUser(actor.get(), username);
        out().println("revoked user " + user.username() + " and all their tokens (" + user.disabledAt() + ", by " + user.disabledBy() + ")");
        out().flush();
    }

    @Command(name = "revoke-token", description = "Revokes one token by its id (printed on stderr when it was issued).")
    void revokeToken(@Parameters(paramLabel = "TOKEN_ID") String tokenId) {
        service.get().revokeToken(actor.get(), uuid(tokenId, "tokenId"));
        out().println("revoked token " + tokenId);
        out().flush();
    }

    @Command(name = "token", description = "Issues a fresh token for USER and prints only the token on stdout: TOKEN=$(vaxline users token USER)")
    void token(@Parameters(paramLabel = "USER") String username,
               @Option(names = "--label", paramLabel = "TEXT", description = "what the token is for, e.g. a machine") String label) {
        IssuedToken issued = service.get().issueToken(actor.get(), username, label);
        out().println(issued.token());
        out().flush();
        // the id goes to stderr, so that stdout stays the bare token for scripts
        PrintWriter err = spec.commandLine().getErr();
        err.println("issued token " + issued.tokenId() + " to " + issued.username());
        err.flush();
    }

    @Command(name = "passwd", description = "Sets USER's password for the web application. The password is read from the "
            + "environment variable named by --password-env, else from the terminal (not echoed) or the first line of stdin; "
            + "never from an argument, which other users of the machine could read.")
    void passwd(@Parameters(paramLabel = "USER") String username,
                @Option(names = "--password-env", paramLabel = "VAR", description = "the environment variable holding the password")
                String passwordEnv) {
        String password = readPassword(passwordEnv);
        service.get().setPassword(actor.get(), username, password);
        out().println("password set for " + username);
        out().flush();
    }

    private static String readPassword(String passwordEnv) {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "--password-env: the variable " + passwordEnv
                        + " is not set", Map.of("passwordEnv", "not set"), Map.of());
            }
            return value;
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("new password: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static UUID facilityId(String text) {
        return text == null || text.isBlank() ? null : uuid(text.trim(), "facility");
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, field + ": '" + text + "' is not a UUID",
                    Map.of(field, "not a UUID"), Map.of());
        }
    }

    private static String scopeText(User user) {
        return user.scope().facilityId() == null ? "" : " at facility " + user.scope().facilityId()
                + (user.scope().provinceCode() == null ? "" : " in province " + user.scope().provinceCode());
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
