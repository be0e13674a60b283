package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What part of a source to harvest: records changed in a window of datestamps, started afresh or resumed
 * from a resumption token that an earlier, interrupted run stored after its last committed page.
 *
 * @param from            the earliest datestamp wanted (inclusive); empty for the source's beginning
 * @param until           the latest datestamp wanted (inclusive); empty for now
 * @param resumptionToken where to resume inside the window; empty to start at its beginning
 */
public record HarvestRequest(Optional<Instant> from, Optional<Instant> until, Optional<String> resumptionToken) {

    public HarvestRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(resumptionToken, "resumptionToken");
        if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after until " + until.get());
        }
    }

    /** Everything the source has. */
    public static HarvestRequest everything() {
        return new HarvestRequest(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Records changed since {@code from}. */
    public static HarvestRequest since(Instant from) {
        return new HarvestRequest(Optional.of(from), Optional.empty(), Optional.empty());
    }

    /** The same window, resumed at a token. */
    public HarvestRequest resumedAt(String token) {
        return new HarvestRequest(from, until, Optional.of(token));
    }

    /** The same window from its beginning, e.g. after the source refused a stored token. */
    public HarvestRequest restarted() {
        return new HarvestRequest(from, until, Optional.empty());
    }
}
