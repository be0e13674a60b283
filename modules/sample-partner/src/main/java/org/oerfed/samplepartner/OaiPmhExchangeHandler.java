package org.oerfed.samplepartner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one HTTP exchange into one OAI-PMH request to XOAI's data provider and writes its answer.
 * OAI-PMH allows GET with a query string and POST with a form body; both are accepted.
 */
final class OaiPmhExchangeHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OaiPmhExchangeHandler.class);
    private static final int MAX_FORM_BYTES = 64 * 1024;

    /** A token XOAI cannot decode, so that it answers badResumptionToken as a partner whose token expired would. */
    private static final String EXPIRED_TOKEN = "not-a-token!";

    private final String path;
    private final DataProvider dataProvider;
    private final RepositoryConfiguration configuration;
    private final PartnerBehaviour behaviour;
    private final AtomicInteger requestCount = new AtomicInteger();
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

    OaiPmhExchangeHandler(String path, DataProvider dataProvider, RepositoryConfiguration configuration,
                          PartnerBehaviour behaviour) {
        this.path = path;
        this.dataProvider = dataProvider;
        this.configuration = configuration;
        this.behaviour = behaviour;
    }

    /** Every request to the endpoint so far, in arrival order. */
    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // HttpServer contexts match by prefix; only the exact path is the endpoint.
            if (!exchange.getRequestURI().getPath().equals(path)) {
                sendText(exchange, 404, "Not found; the OAI-PMH endpoint is " + path);
                return;
            }
            String query = switch (exchange.getRequestMethod()) {
                case "GET" -> exchange.getRequestURI().getRawQuery();
                case "POST" -> new String(exchange.getRequestBody().readNBytes(MAX_FORM_BYTES), StandardCharsets.UTF_8);
                default -> null;
            };
            if (query == null && !exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                sendText(exchange, 405, "OAI-PMH takes GET or POST");
                return;
            }
            int number = requestCount.incrementAndGet();
            received.add(new ReceivedRequest(number, query == null ? "" : query,
                    header(exchange, "User-Agent"), header(exchange, "Accept-Encoding")));
            pause(behaviour.responseDelay());
            PartnerBehaviour.FailedRequest failure = behaviour.failures().get(number);
            if (failure != null) {
                failure.retryAfter().ifPresent(value -> exchange.getResponseHeaders().set("Retry-After", value));
                sendText(exchange, failure.status(), "Simulated failure of request " + number);
                return;
            }
            Map<String, String[]> parameters = parameters(query);
            if (behaviour.rejectResumptionTokens() && parameters.containsKey("resumptionToken")) {
                parameters.put("resumptionToken", new String[] {EXPIRED_TOKEN});
            }
            sendXml(exchange, compressed(exchange, render(dataProvider.handle(parameters))));
        } catch (RuntimeException | XMLStreamException e) {
            LOG.error("OAI-PMH request {} failed", exchange.getRequestURI(), e);
            sendText(exchange, 500, "Internal error of the sample partner");
        }
    }

    /** Keeps repeated arguments, so that XOAI can answer them with badArgument as the protocol asks. */
    static Map<String, String[]> parameters(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return parameters;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private byte[] render(OAIPMH response) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmlWriter writer = new XmlWriter(out, configuration)) {
            writer.writeStartDocument("UTF-8", "1.0");
            response.write(writer);
            writer.writeEndDocument();
            writer.flush();
        }
        return out.toByteArray();
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // close() interrupts handlers still waiting; answering late no longer matters then.
            Thread.currentThread().interrupt();
        }
    }

    /** The body in the configured coding, if the client accepts it; sets Content-Encoding accordingly. */
    private byte[] compressed(HttpExchange exchange, byte[] body) throws IOException {
        String accepted = header(exchange, "Accept-Encoding").toLowerCase(Locale.ROOT);
        String coding = switch (behaviour.compression()) {
            case GZIP -> "gzip";
            case DEFLATE -> "deflate";
            case NONE -> null;
        };
        if (coding == null || !accepted.contains(coding)) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream compressing = coding.equals("gzip") ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            compressing.write(body);
        }
        exchange.getResponseHeaders().set("Content-Encoding", coding);
        return out.toByteArray();
    }

    private static void sendXml(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        send(exchange, 200, body);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
