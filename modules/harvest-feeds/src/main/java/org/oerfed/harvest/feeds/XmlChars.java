package org.oerfed.harvest.feeds;

/** Which characters an XML 1.0 document may hold, so that no text OERfed writes makes it ill-formed. */
final class XmlChars {

    private XmlChars() {
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The text without the characters XML 1.0 forbids (control characters, lone surrogates). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean ok = allowed(c); // a lone surrogate comes back as itself, which is not allowed
            if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (ok && out != null) out.appendCodePoint(c);
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
