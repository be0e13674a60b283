package org.oerfed.harvest.oaipmh;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny HTTP server on a free loopback port that answers every request with whatever the test says,
 * and remembers the requests it got. For the responses the sample partner would never send.
 */
final class StubHttpServer implements AutoCloseable {

    /**
     * One canned answer.
     *
     * @param trickle whether to send the headers, then the body one byte every 50 ms, never ending before
     *                the client gives up
     */
    record Response(int status, String contentType, byte[] body, Map<String, String> headers, boolean trickle) {

        static Response xml(String body) {
            return new Response(200, "text/xml; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        }

        static Response of(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        }

        static Response redirect(int status, String location) {
            return new Response(status, "text/plain", new byte[0], Map.of("Location", location), false);
        }

        Response withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Response(status, contentType, body, more, trickle);
        }

        Response trickling() {
            return new Response(status, contentType, body, headers, true);
        }
    }

    /** What a request looked like. */
    record Request(String path, String query, String userAgent, String acceptEncoding) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-http");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** @param answer maps the raw query string ("" when absent) to the response */
    StubHttpServer(Function<String, Response> answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
                requests.add(new Request(exchange.getRequestURI().getPath(), query,
                        exchange.getRequestHeaders().getFirst("User-Agent"),
                        exchange.getRequestHeaders().getFirst("Accept-Encoding")));
                Response response = answer.apply(query);
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
                response.headers().forEach(exchange.getResponseHeaders()::set);
                if (response.trickle()) {
                    trickle(exchange);
                    return;
                }
                exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
                if (response.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(response.body());
                    }
                }
            }
        });
        // Handlers run on their own threads, so that stop() never waits on a handler a test holds back.
        server.setExecutor(executor);
        server.start();
    }

    private static void trickle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] start = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">".getBytes(StandardCharsets.UTF_8);
        out.write(start);
        out.flush();
        try {
            // Until the client hangs up (write fails) or the server stops (interrupt): at most 2 minutes.
            for (int i = 0; i < 2400; i++) {
                Thread.sleep(50);
                out.write(' ');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Always the same answer. */
    static StubHttpServer answering(Response response) {
        return new StubHttpServer(query -> response);
    }

    URI url(String path) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
