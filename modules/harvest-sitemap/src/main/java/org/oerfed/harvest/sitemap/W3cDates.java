package org.oerfed.harvest.sitemap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads the dates sitemaps ({@code lastmod}, W3C Datetime) and schema.org ({@code dateModified}, ISO 8601) carry:
 * {@code 2024}, {@code 2024-03}, {@code 2024-03-01}, {@code 2024-03-01T10:00+01:00}, with seconds and fractions.
 * A date without a time is its first instant, and a time without an offset is taken as UTC, so that a page is
 * never dated later than its partner meant; the result is cut to the second, OERfed's datestamp granularity.
 */
final class W3cDates {

    private W3cDates() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null) return Optional.empty();
        String value = text.strip();
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(instant(value).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String value) {
        if (value.contains("T")) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
        }
        return switch (value.length()) {
            case 4 -> Year.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case 7 -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            default -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        };
    }
}
