package org.oerfed.harvest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the JSON-LD of an HTML page: the text of every {@code <script type="application/ld+json">}, in
 * document order, parsed as browsers parse HTML (with jsoup), so that markup around and inside the page does not
 * matter. The charset is the response's, else the page's BOM or {@code <meta charset>}, else UTF-8.
 */
final class JsonLdExtractor {

    /** The blocks' texts, stripped of the HTML comment or CDATA wrappers some pages put around them. */
    List<String> extract(byte[] html, Optional<String> contentType, URI url) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes already in memory failed", e);
        }
        return document.select("script[type]").stream()
                .filter(JsonLdExtractor::isJsonLd)
                .map(Element::data)
                .map(JsonLdExtractor::unwrap)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** {@code application/ld+json}, in any case, possibly with parameters. */
    private static boolean isJsonLd(Element script) {
        String type = script.attr("type").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/ld+json");
    }

    private static String unwrap(String text) {
        String t = text.strip();
        if (t.startsWith("<!--") && t.endsWith("-->")) t = t.substring(4, t.length() - 3).strip();
        if (t.startsWith("//<![CDATA[") && t.endsWith("//]]>")) t = t.substring(11, t.length() - 5).strip();
        if (t.startsWith("<![CDATA[") && t.endsWith("]]>")) t = t.substring(9, t.length() - 3).strip();
        return t;
    }

    /** The charset the response names, if Java knows it; else null, which lets jsoup detect it. */
    private static String charset(Optional<String> contentType) {
        if (contentType.isEmpty()) return null;
        for (String parameter : contentType.get().split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name).name();
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
