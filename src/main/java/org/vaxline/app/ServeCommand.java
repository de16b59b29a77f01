package org.vaxline.app;

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

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Override
    public void run() {
        serveUntilStopped(root, host, port, spec.commandLine().getOut());
    }

    /** Starts the server, says where it is, and waits until the process is stopped. */
    static void serveUntilStopped(RootCommand root, String host, int port, PrintWriter out) {
        Vaxline vaxline = root.vaxline();
        HttpServer server = ApiServer.start(vaxline, host, port);
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
