package org.vaxline.app;

import picocli.CommandLine;

/** The command line: {@code ./vaxline COMMAND …}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and answers its exit code (0 success, non-zero with one line on stderr). */
    public static int run(String... args) {
        RootCommand root = new RootCommand();
        try {
            return Commands.commandLine(root).execute(args);
        } finally {
            root.close();
        }
    }
}
