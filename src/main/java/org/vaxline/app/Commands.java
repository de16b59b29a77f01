package org.vaxline.app;

import org.vaxline.platform.error.ErrorKind;
import org.vaxline.platform.error.VaxlineException;
import picocli.CommandLine;

/** Builds the command tree explicitly and maps every failure to one line on stderr and an exit code. */
final class Commands {
    static final int USAGE = 2;

    private Commands() {
    }

    static CommandLine commandLine(RootCommand root) {
        CommandLine line = new CommandLine(root);
        // Feature commands are added here, each given the services it needs from root.vaxline().
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + describe(e));
            cmd.getErr().flush();
            return exitCode(e);
        });
        return line;
    }

    static String describe(Exception e) {
        if (e instanceof VaxlineException v) {
            return v.code().name() + ": " + v.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static int exitCode(Exception e) {
        if (e instanceof VaxlineException v) {
            ErrorKind kind = v.code().kind();
            return switch (kind) {
                case MALFORMED -> USAGE;
                case NOT_FOUND -> 3;
                case CONFLICT -> 4;
                case RULE -> 5;
                case UNAUTHENTICATED, FORBIDDEN -> 6;
            };
        }
        return 1;
    }
}
