package org.oerfed.samplepartner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends OAI-PMH requests over real HTTP and checks the transport before anything else. */
final class OaiHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI baseUrl;

    OaiHttp(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** GETs {@code baseUrl?query}, expects 200 with an XML content type, and parses the body. */
    OaiResponse get(String query) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "?" + query)).GET().build());
        return xml(response);
    }

    /** POSTs the query as a form body, as OAI-PMH allows. */
    OaiResponse post(String form) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(baseUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return xml(response);
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static OaiResponse xml(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + " for " + response.uri() + ": "
                    + new String(response.body()));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/xml")) {
            throw new AssertionError("not XML but " + type);
        }
        return OaiResponse.parse(response.body());
    }
}
