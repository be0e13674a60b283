package org.oerfed.graph.merge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of a web URL under which two sources' links to one page agree: scheme dropped (http and https are
 * one page), host lower-cased, default port, fragment, tracking parameters and a trailing slash dropped, the
 * remaining query parameters sorted. A site's home page ({@code https://example.org/}) has no canonical form
 * here: repositories use it as the link of every record they cannot link better, so it identifies nothing.
 */
final class CanonicalUrl {
    /** Query parameters that say who sent the visitor, not what the page is. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
            "yclid", "igshid", "ref_src");

    private CanonicalUrl() {
    }

    /** The canonical form ({@code host[:port]/path[?query]}), or empty for what is not an http(s) URL or is a home page. */
    static Optional<String> of(String text) {
        URI uri;
        try {
            uri = new URI(text.strip()).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String query = query(uri.getRawQuery());
        if (path.isEmpty() && query.isEmpty()) return Optional.empty();
        return Optional.of(host + (defaultPort ? "" : ":" + port) + (path.isEmpty() ? "/" : path) + (query.isEmpty() ? "" : "?" + query));
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        return Arrays.stream(raw.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !name.startsWith("utm_") && !TRACKING.contains(name);
                })
                .sorted()
                .collect(Collectors.joining("&"));
    }
}
