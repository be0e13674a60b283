package org.oerfed.harvest.feeds;

import java.util.Optional;

/** Reads the numbers feeds write as text, which are often missing, blank, zero or not numbers at all. */
final class FeedNumbers {

    private FeedNumbers() {
    }

    /** A file size in bytes; empty unless a positive whole number (feeds write 0 or -1 for "unknown"). */
    static Optional<Long> length(String value) {
        if (value == null) return Optional.empty();
        try {
            long length = Long.parseLong(value.strip());
            return length > 0 ? Optional.of(length) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ROME reports an absent length as 0 (and some feeds write -1). */
    static Optional<Long> length(long value) {
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
