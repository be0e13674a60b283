package org.oerfed.samplepartner;

import java.util.Objects;
import java.util.Optional;

/**
 * One Dublin Core statement of a sample record, such as a title or a subject.
 *
 * @param element  the DC element's local name, e.g. {@code title} (namespace {@code http://purl.org/dc/elements/1.1/})
 * @param value    the text
 * @param language the value's {@code xml:lang}, if the record states one
 */
public record DcValue(String element, String value, Optional<String> language) {

    public DcValue {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(language, "language");
        if (!element.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a Dublin Core element name: " + element);
        }
    }

    /** A value without a language tag. */
    public static DcValue of(String element, String value) {
        return new DcValue(element, value, Optional.empty());
    }

    /** A value tagged with {@code xml:lang}. */
    public static DcValue of(String element, String value, String language) {
        return new DcValue(element, value, Optional.of(language));
    }
}
