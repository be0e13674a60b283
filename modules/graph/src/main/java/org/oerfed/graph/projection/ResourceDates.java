package org.oerfed.graph.projection;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.oerfed.graph.vocab.Schema;

/**
 * The dates search sorts and counts by, from what every source says of one resource. Sources disagree, and
 * one date is needed, so each is chosen by what it means rather than by the sources' precedence.
 */
final class ResourceDates {
    private ResourceDates() {
    }

    /** For "newest first": the latest modification any source reports; without one, the latest creation or publication. */
    static Optional<Instant> modified(List<Resource> descriptions) {
        Optional<Instant> modified = dates(descriptions, Schema.dateModified).map(LenientDate::instant).max(Comparator.naturalOrder());
        if (modified.isPresent()) return modified;
        return Stream.concat(dates(descriptions, Schema.dateCreated), dates(descriptions, Schema.datePublished))
                .map(LenientDate::instant).max(Comparator.naturalOrder());
    }

    /**
     * The year facet: the year of the earliest creation any source reports (a later one is a copy's), else of the
     * earliest publication, else of the latest modification.
     */
    static Optional<String> year(List<Resource> descriptions) {
        Optional<LenientDate> date = dates(descriptions, Schema.dateCreated).min(Comparator.comparing(LenientDate::date));
        if (date.isEmpty()) date = dates(descriptions, Schema.datePublished).min(Comparator.comparing(LenientDate::date));
        if (date.isEmpty()) date = dates(descriptions, Schema.dateModified).max(Comparator.comparing(LenientDate::date));
        return date.map(d -> String.format(Locale.ROOT, "%04d", d.date().getYear()));
    }

    private static Stream<LenientDate> dates(List<Resource> descriptions, Property property) {
        return descriptions.stream()
                .flatMap(resource -> resource.listProperties(property).toList().stream())
                .map(Statement::getObject)
                .flatMap(node -> LenientDate.of(node).stream());
    }
}
