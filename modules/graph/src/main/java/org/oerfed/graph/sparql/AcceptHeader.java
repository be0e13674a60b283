package org.oerfed.graph.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.riot.Lang;

/**
 * Picks the best of the offered formats for an HTTP Accept header (RFC 9110 §12.5.1): highest quality
 * first, then the most specific range, then the server's order of preference. No header, or a blank one,
 * accepts everything, so the server's first choice wins.
 */
public final class AcceptHeader {
    private record Range(String type, double quality) {
        boolean matches(String mediaType) {
            if (type.equals("*/*")) return true;
            if (type.endsWith("/*")) return mediaType.startsWith(type.substring(0, type.length() - 1));
            return type.equals(mediaType);
        }

        int specificity() {
            return type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
        }
    }

    private final List<Range> ranges;

    public AcceptHeader(String header) {
        this.ranges = parse(header == null || header.isBlank() ? "*/*" : header);
    }

    /**
     * The chosen offer, or empty if the client accepts none of them.
     *
     * @param offered    in the server's order of preference
     * @param mediaTypes the media types each offer is known by, lower case
     */
    public <T> Optional<T> choose(List<T> offered, Function<T, List<String>> mediaTypes) {
        T best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (T offer : offered) {
            for (String mediaType : mediaTypes.apply(offer)) {
                for (Range range : ranges) {
                    if (!range.matches(mediaType) || range.quality() <= 0) continue;
                    boolean better = range.quality() > bestQuality
                            || (range.quality() == bestQuality && range.specificity() > bestSpecificity);
                    if (better) {
                        best = offer;
                        bestQuality = range.quality();
                        bestSpecificity = range.specificity();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The chosen RDF or result-set syntax, or empty if the client accepts none of the offered ones. */
    public Optional<Lang> choose(List<Lang> offered) {
        return choose(offered, AcceptHeader::mediaTypes);
    }

    /** Every media type a syntax is known by: its own, its alternatives, and for JSON results plain JSON. */
    public static List<String> mediaTypes(Lang lang) {
        List<String> types = new ArrayList<>();
        types.add(lang.getContentType().getContentTypeStr());
        lang.getAltContentTypes().forEach(t -> types.add(t.toLowerCase(Locale.ROOT)));
        // JSON results are also what a plain JSON client expects
        if (lang.getLabel().toLowerCase(Locale.ROOT).contains("sparql-results-json")) types.add("application/json");
        return types;
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) continue;
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            ranges.add(new Range(type, quality));
        }
        ranges.sort(Comparator.comparingInt(Range::specificity).reversed());
        return ranges;
    }
}
