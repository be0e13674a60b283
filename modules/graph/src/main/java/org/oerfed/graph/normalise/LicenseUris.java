package org.oerfed.graph.normalise;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Creative Commons licences and public-domain tools however a partner writes them (deed or
 * legal-code URLs, http or https, with or without a trailing slash, or as text such as "CC BY-SA 4.0") and
 * gives their one canonical URI, so that the same licence is one facet value.
 */
public final class LicenseUris {
    private static final String CC = "https://creativecommons.org/";
    private static final Pattern CC_URL_PATH = Pattern.compile(
            "/(licenses|licences)/([a-z-]+)/(\\d\\.\\d)(?:/([a-z]{2,3}))?(?:/.*)?|/publicdomain/(zero|mark)/(\\d\\.\\d)(?:/.*)?");
    private static final Pattern CC_TEXT = Pattern.compile(
            "(?i)^\\s*(?:creative\\s+commons\\s+|cc[\\s-]+)?(by(?:[\\s-](?:nc|sa|nd))*)(?:[\\s-]+licen[cs]e)?[\\s-]+(\\d\\.\\d)(?:[\\s-]+(igo|[a-z]{2}))?\\s*$");
    private static final Pattern CC0_TEXT = Pattern.compile("(?i)^\\s*cc[\\s-]?0(?:[\\s-]+1\\.0)?(?:\\s+universal)?\\s*$");

    /** The canonical URI of the Creative Commons licence or tool the value names, if it names one. */
    public Optional<String> creativeCommons(String value) {
        if (value == null) return Optional.empty();
        String text = value.strip();
        if (text.regionMatches(true, 0, "http", 0, 4)) return fromUrl(text);
        if (CC0_TEXT.matcher(text).matches()) return Optional.of(CC + "publicdomain/zero/1.0/");
        Matcher m = CC_TEXT.matcher(text);
        if (!m.matches()) return Optional.empty();
        String code = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (!code.contains("-") && !text.toLowerCase(Locale.ROOT).contains("cc") && !text.toLowerCase(Locale.ROOT).contains("creative")) {
            return Optional.empty(); // a bare "by 4.0" is not a licence name
        }
        return Optional.of(licence(code, m.group(2), m.group(3)));
    }

    /** Whether the value is an absolute http(s) URL, which is kept as a licence URI even when not CC. */
    public boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private Optional<String> fromUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || !uri.getHost().toLowerCase(Locale.ROOT).endsWith("creativecommons.org")) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        Matcher m = CC_URL_PATH.matcher(path);
        if (!m.matches()) return Optional.empty();
        if (m.group(5) != null) return Optional.of(CC + "publicdomain/" + m.group(5) + "/" + m.group(6) + "/");
        String jurisdiction = m.group(4);
        if (jurisdiction != null && (jurisdiction.equals("deed") || jurisdiction.equals("legalcode"))) jurisdiction = null;
        return Optional.of(licence(m.group(2), m.group(3), jurisdiction));
    }

    private static String licence(String code, String version, String jurisdiction) {
        String canonical = CC + "licenses/" + code.toLowerCase(Locale.ROOT) + "/" + version + "/";
        return jurisdiction == null ? canonical : canonical + jurisdiction.toLowerCase(Locale.ROOT) + "/";
    }
}
