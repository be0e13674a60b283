package org.oerfed.harvest.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a robots.txt (RFC 9309, plus the common {@code Crawl-delay} extension) for OERfed: the groups naming
 * the product token {@value #PRODUCT_TOKEN} apply; if none does, the {@code *} groups; if none does either,
 * nothing is disallowed. Lines it does not know ({@code Sitemap}, {@code Host}, typos) are ignored, as the RFC
 * asks, rather than failing the file.
 */
final class RobotsTxt {
    /** The name OERfed answers to in robots.txt groups, matched case-insensitively. */
    static final String PRODUCT_TOKEN = "OERfed";

    private RobotsTxt() {
    }

    /** One group: the agents it names, its rules, its crawl delay. */
    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<RobotsRules.Rule> rules = new ArrayList<>();
        Duration crawlDelay;
    }

    static RobotsRules parse(String text) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean inAgentLines = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    // consecutive user-agent lines share one group; one after a rule starts the next group
                    if (current == null || !inAgentLines) {
                        current = new Group();
                        groups.add(current);
                    }
                    current.agents.add(agentToken(value));
                    inAgentLines = true;
                }
                case "allow", "disallow" -> {
                    inAgentLines = false;
                    // an empty Disallow disallows nothing; an empty Allow allows nothing more
                    if (current != null && !value.isEmpty()) current.rules.add(RobotsRules.Rule.of(key.equals("allow"), value));
                }
                case "crawl-delay" -> {
                    inAgentLines = false;
                    Optional<Duration> delay = crawlDelay(value);
                    if (current != null && delay.isPresent()) current.crawlDelay = delay.get();
                }
                default -> { /* Sitemap, Host and unknown lines belong to no group */ }
            }
        }
        List<Group> applying = groups.stream().filter(g -> g.agents.contains(PRODUCT_TOKEN.toLowerCase(Locale.ROOT))).toList();
        if (applying.isEmpty()) applying = groups.stream().filter(g -> g.agents.contains("*")).toList();
        List<RobotsRules.Rule> rules = new ArrayList<>();
        Duration delay = null;
        for (Group group : applying) {
            rules.addAll(group.rules);
            if (group.crawlDelay != null && (delay == null || group.crawlDelay.compareTo(delay) > 0)) delay = group.crawlDelay;
        }
        return new RobotsRules(rules, Optional.ofNullable(delay));
    }

    /** "OERfed/1.0" and "oerfed" both name OERfed: the product token, without version, lower case. */
    private static String agentToken(String value) {
        String token = value.split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    /** Seconds, possibly fractional; anything else (negative, not a number) is ignored. */
    private static Optional<Duration> crawlDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0) || seconds > 86_400) return Optional.empty();
            return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts paths and patterns in one form before comparing them (RFC 9309 §2.2.2): non-ASCII characters
     * percent-encoded as UTF-8, and percent-escapes upper case.
     */
    static String normaliseEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append('%').append(Character.toUpperCase(text.charAt(i + 1))).append(Character.toUpperCase(text.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
