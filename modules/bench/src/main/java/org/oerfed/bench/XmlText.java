package org.oerfed.bench;

/** Escapes generated values for XML text and attribute values. */
final class XmlText {
    private XmlText() {
    }

    static String escape(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            String replacement = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) out.append(value.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(value.length() + 16).append(value, 0, i);
            out.append(replacement);
        }
        return out == null ? value : out.toString();
    }
}
