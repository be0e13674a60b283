package org.oerfed.index.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A real HTTP proxy on a loopback port in front of the test node, which can be told to turn bulk requests
 * away as a busy cluster does: every item, or some, answered with a 429 {@code es_rejected_execution_exception},
 * or the whole request with a 429. Everything else, and every bulk request once the told number is used up,
 * goes through to the node unchanged. Records how many operations each bulk request carried, and the most
 * bulk requests it held at once; can hold a bulk request until another is answered.
 */
final class FlakyProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPERATIONS = Set.of("index", "create", "update", "delete");

    private final URI node;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger itemRejections = new AtomicInteger();
    private final AtomicInteger requestRejections = new AtomicInteger();
    private volatile IntPredicate rejectedItem = i -> true;
    private final List<Integer> bulkSizes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger bulksHeld = new AtomicInteger();
    private final AtomicInteger mostBulksHeld = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger bulksSinceHold = new AtomicInteger();
    private volatile CountDownLatch secondAnswered = new CountDownLatch(0);
    private volatile boolean holding;
    private volatile String heldText;
    private volatile CountDownLatch anotherAnswered = new CountDownLatch(0);

    FlakyProxy(URI node) throws IOException {
        this.node = node;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // requests are handled side by side, as a node does, so that several can be on their way at once
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the items of the next {@code requests} bulk requests for which {@code item} holds with a 429. */
    void rejectItems(int requests, IntPredicate item) {
        rejectedItem = item;
        itemRejections.set(requests);
    }

    /** Answers the next {@code requests} bulk requests as a whole with a 429. */
    void rejectRequests(int requests) {
        requestRejections.set(requests);
    }

    /** How many operations each bulk request that reached the proxy carried, in the order they arrived. */
    List<Integer> bulkSizes() {
        return List.copyOf(bulkSizes);
    }

    /**
     * Holds the next bulk request until the one after it is answered, for at most ten seconds, and that one
     * half a second before passing it on: the two reach the node in the opposite order to how they were
     * sent, and a client that sends one request at a time has the first held the whole time, so that
     * {@link #mostBulksHeld} stays 1; one that sends a third before the first is answered makes it 3.
     */
    void holdTheNextBulkUntilTheOneAfterIsAnswered() {
        bulksSinceHold.set(0);
        secondAnswered = new CountDownLatch(1);
        holding = true;
    }

    /**
     * Holds a bulk request whose body contains {@code text} until another bulk request is answered, for at
     * most ten seconds: the other reaches the node first, whichever was sent first.
     */
    void holdTheBulkContainingUntilAnotherIsAnswered(String text) {
        anotherAnswered = new CountDownLatch(1);
        heldText = text;
    }

    /** The most bulk requests the proxy had received and not yet answered at one time. */
    int mostBulksHeld() {
        return mostBulksHeld.get();
    }

    /** Stops listening: from now on connections to it are refused, as to a cluster that is down. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
            if (bulk) {
                mostBulksHeld.accumulateAndGet(bulksHeld.incrementAndGet(), Math::max);
                try {
                    handleBulk(exchange, body);
                } finally {
                    bulksHeld.decrementAndGet();
                }
                return;
            }
            forward(exchange, body);
        }
    }

    private void handleBulk(HttpExchange exchange, byte[] body) throws IOException {
        List<String[]> operations = operations(body);
        bulkSizes.add(operations.size());
        int sinceHold = holding ? bulksSinceHold.incrementAndGet() : 0;
        String text = heldText;
        boolean held = text != null && new String(body, StandardCharsets.UTF_8).contains(text);
        try {
            if (sinceHold == 1) pause(() -> secondAnswered.await(10, TimeUnit.SECONDS));
            if (sinceHold == 2) pause(() -> Thread.sleep(500));
            if (held) pause(() -> anotherAnswered.await(10, TimeUnit.SECONDS));
            passOnBulk(exchange, body, operations);
        } finally {
            if (sinceHold == 2) {
                holding = false;
                secondAnswered.countDown();
            }
            if (text != null && !held) anotherAnswered.countDown();
        }
    }

    private interface Pause {
        void run() throws InterruptedException;
    }

    private static void pause(Pause pause) {
        try {
            pause.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void passOnBulk(HttpExchange exchange, byte[] body, List<String[]> operations) throws IOException {
        if (requestRejections.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 429, "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":"
                    + "\"rejected execution of coordinating operation\"},\"status\":429}");
            return;
        }
        if (itemRejections.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            rejectItems(exchange, body, operations);
            return;
        }
        forward(exchange, body);
    }

    /** The operation and id of each action line of a bulk body; a delete has no source line after it. */
    private static List<String[]> operations(byte[] body) throws IOException {
        List<String[]> operations = new ArrayList<>();
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            JsonNode action = JSON.readTree(lines[i]);
            String operation = action.fieldNames().next();
            if (!OPERATIONS.contains(operation)) continue;
            operations.add(new String[] {operation, action.path(operation).path("_index").asText(),
                    action.path(operation).path("_id").asText()});
            if (!operation.equals("delete")) i++;
        }
        return operations;
    }

    /**
     * Answers every item for which {@link #rejectedItem} holds with a 429 without passing the request on; when
     * it holds for some items only, the request goes through and those items' answers are replaced, so that
     * they are applied but reported as turned away, as can happen when a node fails over.
     */
    private void rejectItems(HttpExchange exchange, byte[] body, List<String[]> operations) throws IOException {
        boolean all = true;
        for (int i = 0; i < operations.size(); i++) all &= rejectedItem.test(i);
        ObjectNode response;
        if (all) {
            response = JSON.createObjectNode().put("took", 1);
            ArrayNode items = response.putArray("items");
            for (String[] operation : operations) {
                items.addObject().putObject(operation[0]).put("_index", operation[1]).put("_id", operation[2]);
            }
        } else {
            response = (ObjectNode) JSON.readTree(send(exchange, body).body());
        }
        response.put("errors", true);
        ArrayNode items = (ArrayNode) response.path("items");
        for (int i = 0; i < operations.size(); i++) {
            if (!rejectedItem.test(i)) continue;
            ObjectNode item = (ObjectNode) items.get(i).path(operations.get(i)[0]);
            item.remove(List.of("result", "_version", "_seq_no", "_primary_term", "_shards"));
            item.put("status", 429).putObject("error").put("type", "es_rejected_execution_exception")
                    .put("reason", "rejected execution of primary operation");
        }
        respond(exchange, 200, JSON.writeValueAsString(response));
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpResponse<byte[]> response = send(exchange, body);
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] bytes = response.body();
        boolean empty = bytes.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "Accept")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) request.header(header, value);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
