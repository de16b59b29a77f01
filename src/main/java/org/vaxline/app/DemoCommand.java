package org.vaxline.app;

import org.vaxline.app.demo.DemoScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

import java.util.Map;

/** {@code vaxline demo}: loads the Vietnam–Cuba scenario once, prints a token per demo user, and serves. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Loads the 2021 Vietnam–Cuba scenario (once) into the store, prints a fresh token per demo user, and serves.")
final class DemoCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port (VAXLINE_PORT; default: 8080; 0 picks a free one).")
    String port;

    @Option(names = "--host", description = "Address to listen on (VAXLINE_HOST; default: 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--load-only", description = "Load the scenario and print the tokens, then exit without serving.")
    boolean loadOnly;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        // the demo brings its store to this program's schema itself, so a fresh folder just works
        Vaxline vaxline = root.migratedVaxline();
        int port = root.configuration().withFlag(org.vaxline.app.config.Setting.PORT, this.port).port();
        DemoScenario scenario = new DemoScenario(vaxline);
        boolean loaded = scenario.loadOnce();
        out.println(loaded ? "demo scenario loaded into " + vaxline.store().description()
                : "demo scenario already in " + vaxline.store().description() + "; not loaded again");
        Map<String, String> tokens = scenario.freshTokens();
        Map<String, String> passwords = scenario.freshPasswords(tokens.keySet());
        out.println("demo users, fresh bearer tokens for the API and fresh passwords for the web application at http://localhost:"
                + port + "/ (earlier demo tokens and passwords no longer work):");
        tokens.forEach((user, token) -> out.println("  " + user + "  " + token + "  password " + passwords.get(user)));
        out.println("try: curl -H 'Authorization: Bearer " + tokens.get("admin") + "' http://localhost:"
                + port + "/api/v1/agreements");
        out.flush();
        if (!loadOnly) {
            ServeCommand.serveUntilStopped(root, vaxline, host, this.port, out);
        }
    }
}
