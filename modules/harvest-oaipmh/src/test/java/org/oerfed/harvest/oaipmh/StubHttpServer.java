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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny HTTP server on a free loopback port that answers every request with whatever the test says,
 * and remembers the requests it got. For the responses the sample partner would never send.
 */
final class StubHttpServer implements AutoCloseable {

    /** One canned answer. */
    record Response(int status, String contentType, byte[] body) {

        static Response xml(String body) {
            return new Response(200, "text/xml; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
        }

        static Response of(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What a request looked like. */
    record Request(String query, String userAgent) {
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
                requests.add(new Request(query, exchange.getRequestHeaders().getFirst("User-Agent")));
                Response response = answer.apply(query);
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
                exchange.sendResponseHeaders(response.status(), response.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        });
        // Handlers run on their own threads, so that stop() never waits on a handler a test holds back.
        server.setExecutor(executor);
        server.start();
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
