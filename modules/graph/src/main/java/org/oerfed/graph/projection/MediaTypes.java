package org.oerfed.graph.projection;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The media type of an {@code encodingFormat} value, as the format facet lists it. */
final class MediaTypes {
    /** type "/" subtype, both RFC 6838 restricted names. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    /** IANA's page of a media type, which JSON-LD sources sometimes give instead of the type. */
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private MediaTypes() {
    }

    /**
     * The type in lower case without parameters ({@code "Text/HTML; charset=UTF-8"} is {@code text/html}), or
     * empty when the value is no media type ("PDF", a file name).
     */
    static Optional<String> normalise(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        String iana = IANA.substring("https://".length());
        int at = text.indexOf(iana);
        if (at >= 0 && (text.startsWith("https://") || text.startsWith("http://"))) text = text.substring(at + iana.length());
        int parameters = text.indexOf(';');
        if (parameters >= 0) text = text.substring(0, parameters);
        text = text.strip();
        return MEDIA_TYPE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
