package org.oerfed.index.tck;

import java.util.Map;
import java.util.Optional;

/** Canonical licence URIs the fixture uses, as the graph normalises them, and whether each is open. */
public final class Licenses {

    public static final String BY = "https://creativecommons.org/licenses/by/4.0/";
    public static final String BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
    public static final String BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/";
    public static final String BY_NC_SA = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
    public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** Known and not open. */
    public static final String ALL_RIGHTS_RESERVED = "http://rightsstatements.org/vocab/InC/1.0/";
    /** A resource whose licence the source did not state: no licence value, no "open" value. */
    public static final String UNKNOWN = "";

    private static final Map<String, Boolean> OPEN = Map.of(
            BY, true, BY_SA, true, BY_NC, true, BY_NC_SA, true, CC0, true, ALL_RIGHTS_RESERVED, false);

    private Licenses() {
    }

    /** The value of {@link org.oerfed.core.search.Facet#OPEN_LICENSE}; empty for an unknown licence. */
    public static Optional<String> open(String license) {
        return Optional.ofNullable(OPEN.get(license)).map(String::valueOf);
    }
}
