package org.oerfed.harvest.sitemap;

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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free loopback port, standing in for a partner's web site: it serves what a test puts
 * at a path (a sequence of answers, the last repeated), answers 404 elsewhere, and remembers every request.
 */
final class SiteServer implements AutoCloseable {

    /** One canned answer. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        static Response of(String contentType, byte[] body) {
            return new Response(200, Map.of("Content-Type", contentType), body);
        }

        static Response status(int status) {
            return new Response(status, Map.of("Content-Type", "text/plain"), ("HTTP " + status).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What a request looked like. */
    record Request(String path, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "site-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Deque<Response>> responses = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    SiteServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent")));
                Response response = next(path);
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

    private synchronized Response next(String path) {
        Deque<Response> queue = responses.get(path);
        if (queue == null) return Response.status(404);
        return queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
    }

    /** Serves the responses at the path, one per request, the last one from then on. */
    SiteServer serve(String path, Response... answers) {
        responses.put(path, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    /** Serves a fixture from {@code /sitemap/}, its {@code {{base}}} replaced by this server's address. */
    SiteServer serveFixture(String path, String fixture, String contentType) {
        return serve(path, Response.of(contentType, fixture(fixture)));
    }

    /** The fixture's bytes, {@code {{base}}} replaced by this server's address. */
    byte[] fixture(String name) {
        try (InputStream in = SiteServer.class.getResourceAsStream("/sitemap/" + name)) {
            if (in == null) throw new IllegalStateException("test resource /sitemap/" + name + " is missing");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base());
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String base() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> requestedPaths() {
        return requests().stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
