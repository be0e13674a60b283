package org.oerfed.harvest.feeds;

import java.util.Optional;

/** Small helpers for the optional, padded strings that feeds are made of. */
final class Texts {

    private Texts() {
    }

    /** The value stripped, or empty when it is null or blank. */
    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
