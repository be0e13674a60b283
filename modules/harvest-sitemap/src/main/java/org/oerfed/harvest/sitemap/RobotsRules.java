package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one host's robots.txt allows OERfed, as RFC 9309 reads it: the rule with the longest matching path
 * pattern decides, an {@code Allow} winning a tie; no matching rule allows. {@code /robots.txt} is always allowed.
 *
 * @param rules      the rules of the groups that apply to OERfed
 * @param crawlDelay the {@code Crawl-delay} of those groups, if they give one
 */
record RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay) {

    RobotsRules {
        rules = List.copyOf(rules);
        Objects.requireNonNull(crawlDelay, "crawlDelay");
    }

    /** No robots.txt (4xx): everything is allowed. */
    static RobotsRules allowAll() {
        return new RobotsRules(List.of(), Optional.empty());
    }

    /** An unreachable robots.txt (5xx, network failure): RFC 9309 says to assume everything is disallowed. */
    static RobotsRules disallowAll() {
        return new RobotsRules(List.of(Rule.of(false, "/")), Optional.empty());
    }

    boolean allows(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.equals("/robots.txt")) return true;
        String target = RobotsTxt.normaliseEscapes(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery());
        Rule best = null;
        for (Rule rule : rules) {
            if (!rule.matches(target)) continue;
            if (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /**
     * One {@code Allow} or {@code Disallow} line.
     *
     * @param allow   whether it allows
     * @param pattern the path pattern, percent-escapes normalised; {@code *} matches any characters, a final
     *                {@code $} the end of the path
     * @param regex   the pattern compiled
     */
    record Rule(boolean allow, String pattern, Pattern regex) {

        static Rule of(boolean allow, String pattern) {
            String normalised = RobotsTxt.normaliseEscapes(pattern);
            boolean anchored = normalised.endsWith("$");
            String body = anchored ? normalised.substring(0, normalised.length() - 1) : normalised;
            StringBuilder regex = new StringBuilder();
            String[] literals = body.split("\\*", -1);
            for (int i = 0; i < literals.length; i++) {
                if (i > 0) regex.append(".*");
                if (!literals[i].isEmpty()) regex.append(Pattern.quote(literals[i]));
            }
            if (!anchored) regex.append(".*");
            return new Rule(allow, normalised, Pattern.compile(regex.toString(), Pattern.DOTALL));
        }

        /** Patterns match from the start of the path (and query). */
        boolean matches(String target) {
            return regex.matcher(target).matches();
        }
    }
}
