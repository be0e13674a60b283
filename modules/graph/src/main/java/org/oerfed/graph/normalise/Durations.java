package org.oerfed.graph.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations records give (a LOM typicalLearningTime or technical duration) as an ISO 8601 duration
 * for {@code xsd:duration}: ISO 8601 as it is ({@code PT1H30M}, {@code P2D}), and the clock form
 * {@code hh:mm:ss} some profiles write.
 */
final class Durations {
    private static final Pattern ISO = Pattern.compile("-?P(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?"
            + "(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):([0-5]?\\d)(?::([0-5]?\\d))?");

    private Durations() {
    }

    static Optional<String> iso8601(String value) {
        String text = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (ISO.matcher(text).matches()) return Optional.of(text.replace(',', '.'));
        Matcher clock = CLOCK.matcher(text);
        if (!clock.matches()) return Optional.empty();
        int hours = Integer.parseInt(clock.group(1));
        int minutes = Integer.parseInt(clock.group(2));
        int seconds = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
        if (hours + minutes + seconds == 0) return Optional.empty();
        StringBuilder iso = new StringBuilder("PT");
        if (hours > 0) iso.append(hours).append('H');
        if (minutes > 0) iso.append(minutes).append('M');
        if (seconds > 0) iso.append(seconds).append('S');
        return Optional.of(iso.toString());
    }
}
