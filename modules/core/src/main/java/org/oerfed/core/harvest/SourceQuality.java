package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How good the metadata of one source's stored records is, measured over all of them at the end of a run:
 * what an operator shows a partner to say what to fix.
 *
 * @param sourceId          the source
 * @param computedAt        when it was measured
 * @param records           the source's stored records
 * @param validatedRecords  those of them that carry a validation report (records stored before validation
 *                          existed carry none until the source changes them)
 * @param completeness      per field, the records that have it, in a fixed order of fields
 * @param openLicence       the records under a licence the licence vocabulary flags open
 * @param language          the records with a recognised language ({@code schema:inLanguage})
 * @param unmapped          per concept-valued property, the values no vocabulary concept matched, most
 *                          frequent first
 * @param recordsBySeverity per severity ({@code Violation}, {@code Warning}, {@code Info}), the records with at
 *                          least one finding of it
 * @param violations        per shape and severity, the findings and the records they are in, most frequent first
 */
public record SourceQuality(
        String sourceId,
        Instant computedAt,
        long records,
        long validatedRecords,
        Map<String, Share> completeness,
        Share openLicence,
        Share language,
        Map<String, Unmapped> unmapped,
        Map<String, Long> recordsBySeverity,
        List<ShapeFindings> violations) {

    public SourceQuality {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(computedAt, "computedAt");
        completeness = ordered(completeness);
        Objects.requireNonNull(openLicence, "openLicence");
        Objects.requireNonNull(language, "language");
        unmapped = ordered(unmapped);
        recordsBySeverity = ordered(recordsBySeverity);
        violations = List.copyOf(violations);
    }

    /** Keeps the order the measure chose, which is the order a reader sees in the JSON. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The few figures a run report carries; the whole measure is at the source's quality endpoint. */
    public QualitySummary summary() {
        return new QualitySummary(computedAt, records, recordsBySeverity.getOrDefault("Violation", 0L),
                recordsBySeverity.getOrDefault("Warning", 0L), openLicence.share(), language.share());
    }

    /**
     * Part of the source's records.
     *
     * @param records how many
     * @param share   their share of all the source's records, 0 to 1 (0 when the source has none)
     */
    public record Share(long records, double share) {
        public static Share of(long part, long whole) {
            return new Share(part, whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0);
        }
    }

    /**
     * The values of one concept-valued property that stayed literals: no concept of its vocabulary matched them.
     *
     * @param property       the property's URI
     * @param distinctValues how many different values, all of them
     * @param records        how many records have at least one
     * @param values         the most frequent values, each with the records it is in
     */
    public record Unmapped(String property, long distinctValues, long records, List<ValueCount> values) {
        public Unmapped {
            values = List.copyOf(values);
        }
    }

    /** A value and the records it is in. */
    public record ValueCount(String value, long records) {
    }

    /**
     * What one shape found.
     *
     * @param shape    the shape's URI
     * @param name     its name, as the shapes file gives it
     * @param severity {@code Violation}, {@code Warning} or {@code Info}
     * @param message  what a finding of it means
     * @param records  the records that fail it
     */
    public record ShapeFindings(String shape, String name, String severity, String message, long records) {
    }
}
