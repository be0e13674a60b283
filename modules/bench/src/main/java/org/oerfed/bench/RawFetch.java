package org.oerfed.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: the same ListRecords pages fetched over HTTP and thrown away, reading only the resumption
 * token and counting the records, so that the end-to-end rate can be set against what the network and the
 * provider allow.
 */
final class RawFetch {
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");
    private static final Pattern RECORD = Pattern.compile("<record>");

    record Result(long records, long pages, long bytes, double seconds) {
    }

    Result run(URI baseUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long records = 0;
        long pages = 0;
        long bytes = 0;
        long start = System.nanoTime();
        String query = "?verb=ListRecords&metadataPrefix=oai_dc";
        while (query != null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + query)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            bytes += body.length();
            pages++;
            Matcher record = RECORD.matcher(body);
            while (record.find()) records++;
            Matcher token = TOKEN.matcher(body);
            query = token.find() ? "?verb=ListRecords&resumptionToken=" + URLEncoder.encode(token.group(1).strip(), StandardCharsets.UTF_8)
                    : null;
        }
        return new Result(records, pages, bytes, (System.nanoTime() - start) / 1e9);
    }
}
