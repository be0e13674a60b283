package org.oerfed.pipeline.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.quartz.CronExpression;

/**
 * When a source is harvested again after the harvest at startup: every fixed interval, or at the times of a
 * Quartz cron expression.
 */
public sealed interface HarvestSchedule {

    /** The Camel endpoint that fires on this schedule; {@code name} must be unique in the Camel context. */
    String triggerUri(String name);

    record Every(Duration interval) implements HarvestSchedule {
        @Override
        public String triggerUri(String name) {
            return "timer:" + name + "?delay=" + interval.toMillis() + "&period=" + interval.toMillis();
        }
    }

    record Cron(String expression) implements HarvestSchedule {
        @Override
        public String triggerUri(String name) {
            return "quartz:oerfed/" + name + "?cron=" + URLEncoder.encode(expression, StandardCharsets.UTF_8);
        }
    }

    /** The schedule a source file's {@code schedule} value means, or empty if it means none. */
    static Optional<HarvestSchedule> parse(String text) {
        try {
            Duration interval = Duration.parse(text);
            return interval.isNegative() || interval.isZero() ? Optional.empty() : Optional.of(new Every(interval));
        } catch (DateTimeParseException e) {
            return CronExpression.isValidExpression(text) ? Optional.of(new Cron(text)) : Optional.empty();
        }
    }
}
