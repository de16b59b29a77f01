package org.vaxline.app;

import org.vaxline.app.config.Configuration;
import org.vaxline.app.config.Setting;
import org.vaxline.platform.http.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

import java.util.concurrent.CountDownLatch;

/** {@code vaxline serve}: serves the API and the start page on a store, without loading any demo data. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the API and the start page on the store.")
final class ServeCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port (VAXLINE_PORT; default: 8080; 0 picks a free one).")
    String port;

    @Option(names = "--host", description = "Address to listen on (VAXLINE_HOST; default: 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Override
    public void run() {
        // refuses a store that is not at this program's schema version: `vaxline migrate` first
        serveUntilStopped(root, root.vaxline(), host, port, spec.commandLine().getOut());
    }

    /** Starts the server on the options in force (a flag given here wins), says where it is, and waits until the process is stopped. */
    static void serveUntilStopped(RootCommand root, Vaxline vaxline, String hostFlag, String portFlag, PrintWriter out) {
        Configuration settings = root.configuration().withFlag(Setting.HOST, hostFlag).withFlag(Setting.PORT, portFlag);
        String host = settings.get(Setting.HOST);
        HttpServer server = ApiServer.start(vaxline, host, settings.port(), settings.metricsToken());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        out.println("vaxline " + Vaxline.VERSION + " serving " + vaxline.store().description()
                + " on http://" + shown + ":" + server.port() + "/  (API under /api/v1; Ctrl-C stops)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
