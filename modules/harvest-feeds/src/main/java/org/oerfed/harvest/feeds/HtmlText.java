package org.oerfed.harvest.feeds;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the HTML that feeds put in descriptions to plain text for search and display: tags removed, line
 * breaks kept where blocks end, entities decoded, white space tidied. It is not an HTML parser: feed
 * descriptions are short fragments, and a text that keeps a stray {@code <} is better than a dependency.
 */
final class HtmlText {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    // a list item or table row starts a line; paragraphs and other blocks stand apart by a blank line
    private static final Pattern BLOCK_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|<(li|tr)\\b[^>]*>|</?(p|div|ul|ol|h[1-6]|table|blockquote|pre)\\b[^>]*>");
    // only what looks like a tag: "a < b" in running text stays
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern SPACED_NEWLINES = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    // the named entities feed descriptions actually use; anything else is left as written
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("shy", ""), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("bdquo", "„"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("euro", "€"), Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("deg", "°"),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"),
            Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("eacute", "é"),
            Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("ntilde", "ñ"), Map.entry("aacute", "á"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"));

    private HtmlText() {
    }

    /** The text of an HTML fragment. */
    static String toPlainText(String html) {
        String text = COMMENT.matcher(html).replaceAll(" ");
        text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
        text = BLOCK_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return tidy(decodeEntities(text));
    }

    /** Plain text with its white space tidied: runs of spaces made one, at most one blank line in a row. */
    static String tidy(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = SPACES.matcher(t).replaceAll(" ");
        t = SPACED_NEWLINES.matcher(t).replaceAll("\n");
        t = BLANK_LINES.matcher(t).replaceAll("\n\n");
        return t.strip();
    }

    /** At most {@code max} characters, cut at a word boundary and marked with an ellipsis when cut. */
    static String truncate(String text, int max) {
        if (text.length() <= max) return text;
        int cut = max - 1;
        int space = text.lastIndexOf(' ', cut);
        if (space > max / 2) cut = space;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--; // never split a surrogate pair
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String asWritten) {
        if (entity.charAt(0) != '#') return NAMED.getOrDefault(entity, asWritten);
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint;
        try {
            codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return asWritten;
        }
        if (!XmlChars.allowed(codePoint)) return asWritten;
        return new String(Character.toChars(codePoint));
    }
}
