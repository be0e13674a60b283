package org.oerfed.api.search;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.Vocabularies;

/**
 * The API's controllers on a real HTTP server (random port) over a search index holding the
 * {@link SearchFixture}. The index is made by {@link #index(Path)}: the one place to change to run these
 * tests on an engine.
 */
final class SearchServer implements AutoCloseable {
    static final String BASE = "https://oer.example.org/";
    static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    private final SearchIndex index;
    private final ApplicationContext context;
    private final URI uri;

    /** The search index the HTTP tests run on. */
    static SearchIndex index(Path dir) {
        return new LuceneSearchIndex(dir.resolve("lucene"));
    }

    SearchServer(Path dir) {
        this(dir, Map.of());
    }

    /** @param properties configuration beyond the defaults, e.g. Netty's limits */
    SearchServer(Path dir, Map<String, Object> properties) {
        this(dir, properties, UnaryOperator.identity());
    }

    /** @param decorate wraps the index the server answers from, e.g. to make it fail */
    SearchServer(Path dir, Map<String, Object> properties, UnaryOperator<SearchIndex> decorate) {
        SearchIndex real = index(dir);
        real.upsert(SearchFixture.documents());
        real.refresh();
        index = decorate.apply(real);
        Map<String, Object> configuration = new HashMap<>(properties);
        configuration.put("micronaut.server.port", -1);
        // as the app's application.yml: every field written, null and empty ones too
        configuration.put("jackson.serialization-inclusion", "always");
        context = ApplicationContext.builder()
                .properties(configuration)
                .singletons(index, VOCABULARIES, new ResourceIds(URI.create(BASE)), Clock.fixed(NOW, ZoneOffset.UTC))
                .start();
        uri = context.getBean(EmbeddedServer.class).start().getURI();
    }

    URI uri() {
        return uri;
    }

    SearchIndex searchIndex() {
        return index;
    }

    @Override
    public void close() {
        context.close();
        index.close();
    }
}
