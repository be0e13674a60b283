package org.oerfed.harvest.oaipmh;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** OAI-PMH datestamps: UTC, to the day ({@code YYYY-MM-DD}) or to the second ({@code YYYY-MM-DDThh:mm:ssZ}). */
final class Datestamps {

    private Datestamps() {
    }

    /**
     * Reads a datestamp in either granularity, whatever the partner declared, since many partners mix them;
     * also tolerates fractions of a second, an offset, and a missing {@code Z} (read as UTC).
     */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            try {
                return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(t, Instant::from));
            } catch (DateTimeException withoutZone) {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
