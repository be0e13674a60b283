package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.nio.file.Path;

/**
 * The {@code oerfed.*} keys: where OERfed keeps its data and finds its sources.
 *
 * @param dataDir    {@code oerfed.data-dir}: folder of the TDB2 database and the Lucene index
 *                   (env {@code OERFED_DATA_DIR}, default {@code data})
 * @param sourcesDir {@code oerfed.sources-dir}: folder of the source files, one YAML file per source
 *                   (env {@code OERFED_SOURCES_DIR}, default {@code config/sources})
 * @param baseUri    {@code oerfed.base-uri}: base of every URI OERfed mints, ending in '/'
 *                   (env {@code OERFED_BASE_URI}; default {@code http://localhost:<port>/})
 */
@ConfigurationProperties("oerfed")
public record OerfedSettings(Path dataDir, Path sourcesDir, @Nullable URI baseUri) {
}
