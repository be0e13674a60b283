package org.oerfed.api.search;

/**
 * Text made fit for XML 1.0, which cannot carry most control characters or unpaired surrogates at all, not
 * even as references. A query or a partner's title may hold them; a feed must still be written.
 */
final class XmlText {
    private XmlText() {
    }

    /** The text without the characters XML 1.0 forbids. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (out != null) out.append(c).append(text.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                allowed = !Character.isLowSurrogate(c) && (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD));
            }
            if (!allowed && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (allowed && out != null) out.append(c);
        }
        return out == null ? text : out.toString();
    }
}
