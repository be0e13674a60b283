package org.oerfed.harvest.feeds;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free loopback port that serves what a test puts at a path, and remembers the
 * requests it got. Unknown paths get 404.
 */
final class FeedServer implements AutoCloseable {

    /** One canned answer. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        static Response of(String contentType, byte[] body) {
            return new Response(200, Map.of("Content-Type", contentType), body);
        }

        static Response gzipped(String contentType, byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Response(200, Map.of("Content-Type", contentType, "Content-Encoding", "gzip"), out.toByteArray());
        }

        static Response redirect(String location) {
            return new Response(301, Map.of("Location", location), new byte[0]);
        }

        static Response status(int status, String text) {
            return new Response(status, Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What a request looked like. */
    record Request(String path, String userAgent, String acceptEncoding) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "feed-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"),
                        exchange.getRequestHeaders().getFirst("Accept-Encoding")));
                Response response = responses.getOrDefault(path, Response.status(404, "no such feed"));
                response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
                exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
                if (response.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(response.body());
                    }
                }
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Serves the response at the path. */
    FeedServer serve(String path, Response response) {
        responses.put(path, response);
        return this;
    }

    /** Serves a test resource from {@code /feeds/} at {@code /feeds/<name>}, as the given content type. */
    FeedServer serveResource(String name, String contentType) {
        return serve("/feeds/" + name, Response.of(contentType, resource(name)));
    }

    static byte[] resource(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) throw new IllegalStateException("test resource /feeds/" + name + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
