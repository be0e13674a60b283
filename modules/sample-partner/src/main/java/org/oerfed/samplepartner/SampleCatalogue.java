package org.oerfed.samplepartner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the sample partner serves: its sets and its records.
 *
 * @param sets    the sets offered by ListSets; every set a record names must be among them
 * @param records the records, deleted ones included; identifiers are unique
 */
public record SampleCatalogue(List<SampleSet> sets, List<SampleRecord> records) {

    /** Where the bundled catalogue lives on the classpath. */
    public static final String BUNDLED_RESOURCE = "/org/oerfed/samplepartner/sample-catalogue.xml";

    private static final List<SampleSet> GENERATED_SETS = List.of(
            new SampleSet("mathematics", "Mathematics"),
            new SampleSet("sciences", "Sciences"),
            new SampleSet("languages", "Languages"));

    public SampleCatalogue {
        sets = List.copyOf(sets);
        records = List.copyOf(records);
        Set<String> specs = sets.stream().map(SampleSet::spec).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (SampleRecord record : records) {
            if (!seen.add(record.identifier())) {
                throw new IllegalArgumentException("duplicate identifier " + record.identifier());
            }
            for (String set : record.sets()) {
                if (!specs.contains(set)) {
                    throw new IllegalArgumentException(record.identifier() + " is in unknown set " + set);
                }
            }
        }
    }

    /** The catalogue of fictitious OER that ships with this module (see the data file's header). */
    public static SampleCatalogue bundled() {
        try (InputStream in = SampleCatalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue missing from the classpath: " + BUNDLED_RESOURCE);
            }
            return fromXml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue", e);
        }
    }

    /**
     * Reads a catalogue in the format of the bundled data file.
     *
     * @throws IllegalArgumentException if the document is not a well-formed catalogue
     */
    public static SampleCatalogue fromXml(InputStream in) {
        return new SampleCatalogueReader().read(in);
    }

    /**
     * A catalogue of {@code count} machine-made records for tests that need many pages. Records are
     * numbered from 1, one hour apart from 2024-01-01T00:00:00Z, and spread over the sets
     * {@code mathematics}, {@code sciences} and {@code languages} in turn.
     *
     * @param count       how many records
     * @param deleteEvery every {@code deleteEvery}-th record (numbers deleteEvery, 2·deleteEvery, …) is
     *                    deleted; 0 for none
     */
    public static SampleCatalogue generated(int count, int deleteEvery) {
        return generated(count, deleteEvery, Duration.ofHours(1));
    }

    /**
     * Like {@link #generated(int, int)}, with the datestamps {@code spacing} apart from 2024-01-01; a
     * benchmark's million records a minute apart all lie in the past, as a harvest up to now expects.
     */
    public static SampleCatalogue generated(int count, int deleteEvery, Duration spacing) {
        if (count < 0 || deleteEvery < 0) {
            throw new IllegalArgumentException("count and deleteEvery must not be negative");
        }
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<SampleRecord> records = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String number = String.format("%04d", n);
            String set = GENERATED_SETS.get((n - 1) % GENERATED_SETS.size()).spec();
            boolean deleted = deleteEvery > 0 && n % deleteEvery == 0;
            List<DcValue> dc = List.of(
                    DcValue.of("title", "Generated lesson " + number, "en"),
                    DcValue.of("description", "A machine-made sample lesson (" + set + ") for harvest tests.", "en"),
                    DcValue.of("subject", set),
                    DcValue.of("type", "Text"),
                    DcValue.of("format", "text/html"),
                    DcValue.of("identifier", "https://oer.example.org/generated/" + number),
                    DcValue.of("language", "en"),
                    DcValue.of("rights", "https://creativecommons.org/licenses/by/4.0/"));
            records.add(new SampleRecord(generatedIdentifier(n), start.plus(spacing.multipliedBy(n - 1)),
                    List.of(set), deleted, dc));
        }
        return new SampleCatalogue(GENERATED_SETS, records);
    }

    /** The OAI identifier {@link #generated(int, int)} gives record number {@code n}. */
    public static String generatedIdentifier(int n) {
        return "oai:oer.example.org:generated-" + String.format("%04d", n);
    }

    /** The record with this identifier, if any. */
    public Optional<SampleRecord> find(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return records.stream().filter(r -> r.identifier().equals(identifier)).findFirst();
    }
}
