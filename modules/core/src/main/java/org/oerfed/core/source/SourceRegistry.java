package org.oerfed.core.source;

import java.util.List;
import java.util.Optional;

/** Port: the configured sources. */
public interface SourceRegistry {

    /** Every configured source, by id. */
    List<SourceConfig> sources();

    default Optional<SourceConfig> source(String id) {
        return sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
