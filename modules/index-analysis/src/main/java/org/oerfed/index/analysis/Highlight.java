package org.oerfed.index.analysis;

import java.util.List;

/** Renders a text with spans of it marked, HTML-escaped, cut to a fragment around the first span if long. */
final class Highlight {

    static final String ELLIPSIS = "…";

    private Highlight() {
    }

    /**
     * @param spans     [start, end) offsets into {@code text}, in order, not overlapping, at least one
     * @param maxLength about how many chars to show at most; longer text is cut at whitespace around the first
     *                  span, each cut marked with an ellipsis
     * @param lead      at most this many chars shown before the first span of a cut text
     */
    static String render(String text, List<int[]> spans, int maxLength, int lead) {
        int start = 0;
        int end = text.length();
        if (text.length() > maxLength) {
            int first = spans.get(0)[0];
            int firstEnd = spans.get(0)[1];
            start = Math.max(0, first - lead);
            if (start > 0) start = afterWhitespace(text, start, first);
            end = Math.min(text.length(), Math.max(start + maxLength, firstEnd));
            if (end < text.length()) end = beforeWhitespace(text, end, firstEnd);
        }
        StringBuilder html = new StringBuilder(end - start + 32);
        if (start > 0) html.append(ELLIPSIS);
        int at = start;
        for (int[] span : spans) {
            int from = Math.max(span[0], start);
            int to = Math.min(span[1], end);
            if (from >= to) continue;
            escape(text, at, from, html);
            html.append("<mark>");
            escape(text, from, to, html);
            html.append("</mark>");
            at = to;
        }
        escape(text, at, end, html);
        if (end < text.length()) html.append(ELLIPSIS);
        return html.toString();
    }

    /** The start of the first word after {@code from}, if one starts before {@code limit}; else {@code from}. */
    private static int afterWhitespace(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                int word = i;
                while (word < limit && Character.isWhitespace(text.charAt(word))) word++;
                return word;
            }
        }
        return safe(text, from);
    }

    /** The end of the last word before {@code from}, if it ends after {@code limit}; else {@code from}. */
    private static int beforeWhitespace(String text, int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                int word = i;
                while (word > limit && Character.isWhitespace(text.charAt(word - 1))) word--;
                return word;
            }
        }
        return safe(text, from);
    }

    /** Moves a cut that would split a surrogate pair to before the pair. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
