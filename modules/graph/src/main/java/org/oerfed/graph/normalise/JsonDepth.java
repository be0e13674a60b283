package org.oerfed.graph.normalise;

/** Measures how deep JSON text nests, without parsing it, so that a hostile document cannot exhaust the stack. */
final class JsonDepth {

    private JsonDepth() {
    }

    /** Whether brackets and braces outside strings nest deeper than {@code max}. */
    static boolean exceeds(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) return true;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
