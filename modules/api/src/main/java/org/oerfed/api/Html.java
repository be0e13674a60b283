package org.oerfed.api;

import java.util.Locale;

/** Text made safe for HTML, and the one way this API writes a link to a URI it did not mint. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link to the URI, or the URI as text if it is not http(s): partners' data may hold any URI, and a
     * {@code javascript:} one must not become clickable.
     */
    public static String link(String uri, String text) {
        String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) return escape(text);
        return "<a href=\"" + escape(uri) + "\">" + escape(text) + "</a>";
    }

    /** The page around a body: a language, a title, a readable width, no scripts. */
    public static String page(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                %s<style>
                body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
                dt{font-weight:bold;margin-top:.5rem}dd{margin-left:1.5rem}a{color:#0645ad}
                table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}
                </style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(escape(title), head, body);
    }

    /** Forbids scripts and every other fetch but inline styles, whatever a page ends up holding. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";
}
