package org.oerfed.graph.projection;

import java.util.Optional;

/**
 * The country of each configured source, for the {@link org.oerfed.core.search.Facet#COUNTRY} facet. Asked at
 * every projection rather than copied once, since sources are added and changed while the service runs.
 */
@FunctionalInterface
public interface SourceCountries {

    /** The ISO 3166-1 alpha-2 code of the source's country; empty for a source no longer configured. */
    Optional<String> countryOf(String sourceId);

    /** No source has a known country: documents get no country facet (tests, tools without a source registry). */
    static SourceCountries none() {
        return sourceId -> Optional.empty();
    }
}
