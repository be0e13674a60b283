package org.oerfed.harvest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static boolean allows(RobotsRules rules, String path) {
        return rules.allows(URI.create("https://oer.example.org" + path));
    }

    @Test
    void theGroupNamingOerfedWinsOverTheStarGroupAndItsTokenIsMatchedWithoutCaseOrVersion() {
        RobotsRules rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                user-agent: oerfed/2.0
                disallow: /drafts/
                """);

        assertThat(allows(rules, "/lessons/a.html")).isTrue();
        assertThat(allows(rules, "/drafts/a.html")).isFalse();
    }

    @Test
    void withoutAGroupForOerfedTheStarGroupAppliesAndWithoutEitherEverythingIsAllowed() {
        RobotsRules star = RobotsTxt.parse("User-agent: Googlebot\nDisallow: /g/\n\nUser-agent: *\nDisallow: /private\n");
        assertThat(allows(star, "/g/page")).isTrue();
        assertThat(allows(star, "/private/x")).isFalse();
        assertThat(allows(star, "/privateer")).as("a pattern is a prefix").isFalse();

        RobotsRules none = RobotsTxt.parse("User-agent: Googlebot\nDisallow: /\n");
        assertThat(allows(none, "/anything")).isTrue();
    }

    @Test
    void theLongestMatchDecidesAndAllowWinsATie() {
        RobotsRules rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /courses/
                Allow: /courses/open/
                Disallow: /courses/open/exam
                Allow: /same
                Disallow: /same
                """);

        assertThat(allows(rules, "/courses/closed")).isFalse();
        assertThat(allows(rules, "/courses/open/lesson")).isTrue();
        assertThat(allows(rules, "/courses/open/exam-1")).isFalse();
        assertThat(allows(rules, "/same")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchorsAndQueriesAreMatched() {
        RobotsRules rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /*?session=
                """);

        assertThat(allows(rules, "/files/lesson.pdf")).isFalse();
        assertThat(allows(rules, "/files/lesson.pdf.html")).isTrue();
        assertThat(allows(rules, "/search?session=1")).isFalse();
        assertThat(allows(rules, "/search?q=1")).isTrue();
    }

    @Test
    void consecutiveUserAgentLinesShareTheirRulesAndCommentsAndUnknownLinesAreIgnored() {
        RobotsRules rules = RobotsTxt.parse("""
                # our rules
                User-agent: Googlebot
                User-agent: OERfed   # us too
                Sitemap: https://oer.example.org/sitemap.xml
                Disallow: /tmp/      # scratch
                Crawl-delay: 1.5
                Noindex: /whatever
                """);

        assertThat(allows(rules, "/tmp/x")).isFalse();
        assertThat(rules.crawlDelay()).contains(Duration.ofMillis(1500));
    }

    @Test
    void anEmptyDisallowAllowsEverythingAndRobotsTxtItselfIsAlwaysAllowed() {
        assertThat(allows(RobotsTxt.parse("User-agent: *\nDisallow:\n"), "/a")).isTrue();
        assertThat(allows(RobotsRules.disallowAll(), "/a")).isFalse();
        assertThat(allows(RobotsRules.disallowAll(), "/robots.txt")).isTrue();
    }

    @Test
    void nonAsciiPathsAndPatternsAreComparedPercentEncoded() {
        RobotsRules rules = RobotsTxt.parse("User-agent: *\nDisallow: /übungen/\n");

        assertThat(allows(rules, "/%C3%BCbungen/1")).isFalse();
        assertThat(allows(rules, "/%c3%bcbungen/1")).as("escapes compared without case").isFalse();
        assertThat(allows(rules, "/uebungen/1")).isTrue();
    }
}
