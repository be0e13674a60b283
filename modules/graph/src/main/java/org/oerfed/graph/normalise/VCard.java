package org.oerfed.graph.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The few vCard properties a LOM contributor's entity is read for: who it is ({@code FN}, else {@code N}), the
 * organisation ({@code ORG}), whether it is one ({@code KIND:org}), and its web addresses ({@code URL}, e.g. an
 * ORCID). Real records fold lines with CRLF and a space, indent every line, or do neither; a line that does
 * not start with a property name continues the one before. E-mail, telephone, address and photo are not read:
 * OERfed does not republish contact data.
 *
 * @param formattedName {@code FN}, empty when blank
 * @param name          {@code N} as "given family", empty when blank
 * @param organisation  the first component of {@code ORG}, empty when blank
 * @param kindOrg       whether {@code KIND} is {@code org} (vCard 4)
 * @param urls          the {@code URL} values
 */
record VCard(Optional<String> formattedName, Optional<String> name, Optional<String> organisation, boolean kindOrg,
             List<String> urls) {
    private static final Pattern PROPERTY = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)?(?:;[^:]*)?:.*");

    /** Whether the text is a vCard rather than a plain name. */
    static boolean isVCard(String text) {
        return text.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD");
    }

    static VCard parse(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (PROPERTY.matcher(line).matches() || lines.isEmpty()) {
                lines.add(line);
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line);
            }
        }
        Optional<String> fn = Optional.empty();
        Optional<String> n = Optional.empty();
        Optional<String> org = Optional.empty();
        boolean kindOrg = false;
        List<String> urls = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).split(";", 2)[0].toUpperCase(Locale.ROOT);
            name = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name; // grouped: item1.URL
            String value = line.substring(colon + 1);
            switch (name) {
                case "FN" -> fn = nonBlank(unescape(value));
                case "N" -> n = structuredName(value);
                case "ORG" -> org = nonBlank(unescape(value.split("(?<!\\\\);", 2)[0]));
                case "KIND" -> kindOrg = value.strip().equalsIgnoreCase("org");
                case "URL" -> nonBlank(unescape(value)).ifPresent(urls::add);
                default -> { /* not read */ }
            }
        }
        return new VCard(fn, n, org, kindOrg, List.copyOf(urls));
    }

    /** {@code N:family;given;additional;prefix;suffix} as "given family". */
    private static Optional<String> structuredName(String value) {
        String[] parts = value.split("(?<!\\\\);", -1);
        String family = parts.length > 0 ? unescape(parts[0]).strip() : "";
        String given = parts.length > 1 ? unescape(parts[1]).strip() : "";
        return nonBlank((given + " " + family).strip());
    }

    private static String unescape(String value) {
        return value.replace("\\n", " ").replace("\\N", " ").replaceAll("\\\\([,;:\\\\])", "$1").strip();
    }

    private static Optional<String> nonBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
