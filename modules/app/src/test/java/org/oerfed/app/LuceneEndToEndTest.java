package org.oerfed.app;

import java.util.Map;

/** The end-to-end path with the default engine, embedded Lucene. */
class LuceneEndToEndTest extends EndToEndContract {
    @Override
    Map<String, Object> engineProperties() {
        return Map.of("oerfed.search.engine", "lucene");
    }
}
