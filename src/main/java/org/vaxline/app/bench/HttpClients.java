package org.vaxline.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Real HTTP to the server under test, with the bench admin's bearer token; anything but the expected status fails.
 * <p>
 * The JDK's blocking {@link HttpURLConnection} (HTTP/1.1, connections kept alive per thread), not its
 * {@code java.net.http.HttpClient}: the latter hands every request through its selector thread and futures, and on
 * this 2-core machine the clients share the cores with the server: with it, 64 clients reached 1,300 requests/s of an
 * empty health check where this reaches 3,000, so it measured the client more than the server.
 */
public final class HttpClients {
    private static final int TIMEOUT_MILLIS = 60_000;

    static {
        // The JDK keeps 5 idle connections per server by default: the other clients would reconnect for every request.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "1024");
        }
    }
    private final String base;
    private final String token;

    public HttpClients(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    public String get(String path) throws IOException {
        return send("GET", path, null, 200);
    }

    public String post(String path, String json, int expected) throws IOException {
        return send("POST", path, json, expected);
    }

    private String send(String method, String path, String json, int expected) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        if (json != null) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        // read to the end, error or not, so the connection goes back to be kept alive
        String answer;
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            answer = in == null ? "" : readAll(in);
        }
        if (status != expected) {
            throw new IOException("HTTP " + status + " from " + path.replaceAll("\\?.*", "") + ": "
                    + (answer.length() > 300 ? answer.substring(0, 300) : answer));
        }
        return answer;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
