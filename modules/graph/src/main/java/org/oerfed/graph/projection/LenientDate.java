package org.oerfed.graph.projection;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A date of the graph read for search: whatever its datatype ({@code xsd:dateTime}, {@code xsd:date},
 * {@code xsd:gYearMonth}, {@code xsd:gYear}, or a plain string a source gave), by its lexical form, since a
 * normaliser may have kept a date it could not type. A value that is only partly a date counts for as much as
 * it says: "2021-13-45" still says 2021.
 *
 * @param date    the calendar date as written (the first day of the month or year when only those are given)
 * @param instant the moment: exact for a date-time with an offset, otherwise the start of {@code date} in UTC
 */
record LenientDate(LocalDate date, Instant instant) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(.*)", Pattern.DOTALL);

    LenientDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instant, "instant");
    }

    /** The date a literal says, or empty when it is none (or the node is not a literal). */
    static Optional<LenientDate> of(RDFNode node) {
        if (node == null || !node.isLiteral()) return Optional.empty();
        return parse(node.asLiteral().getLexicalForm().strip());
    }

    static Optional<LenientDate> parse(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) return Optional.empty();
        int year = Integer.parseInt(matcher.group(1));
        LocalDate yearOnly = LocalDate.of(year, 1, 1);
        if (matcher.group(2) == null) return rest(matcher.group(4)) ? Optional.of(atStartOf(yearOnly)) : Optional.empty();
        try {
            LocalDate monthOnly = LocalDate.of(year, Integer.parseInt(matcher.group(2)), 1);
            if (matcher.group(3) == null) return Optional.of(atStartOf(monthOnly));
            LocalDate day = LocalDate.of(year, monthOnly.getMonthValue(), Integer.parseInt(matcher.group(3)));
            String time = matcher.group(4);
            if (time.startsWith("T") || time.startsWith(" ")) return Optional.of(withTime(text, day));
            return Optional.of(atStartOf(day));
        } catch (DateTimeException e) {
            return Optional.of(atStartOf(yearOnly));
        }
    }

    /** After a bare year, only a time zone or nothing: "2021Z" is a year, "20210517" is no date. */
    private static boolean rest(String rest) {
        return rest.isEmpty() || rest.equals("Z") || rest.matches("[+-]\\d{2}:\\d{2}");
    }

    private static LenientDate withTime(String text, LocalDate day) {
        String iso = text.replace(' ', 'T');
        try {
            return new LenientDate(day, OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeException e) {
            try {
                return new LenientDate(day, LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException again) {
                return atStartOf(day);
            }
        }
    }

    private static LenientDate atStartOf(LocalDate date) {
        return new LenientDate(date, date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
