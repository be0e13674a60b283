package org.oerfed.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceRegistry;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.normalise.Normalisers;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.sparql.SparqlService;
import org.oerfed.store.tdb2.Tdb2GraphStore;
import org.oerfed.store.tdb2.Tdb2Settings;

/** The graph side: TDB2 under the data folder, normalisers, projection and SPARQL. */
@Factory
class GraphFactory {
    /** The largest metadata record accepted, in characters; larger ones are reported as bad records. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    @Singleton
    @Bean(preDestroy = "close")
    GraphStore graphStore(OerfedSettings settings, GraphSettings graph) {
        return Tdb2GraphStore.open(settings.dataDir().resolve("tdb2"), new Tdb2Settings(graph.nodeCacheSize()));
    }

    @Singleton
    ResourceIds resourceIds(OerfedSettings settings, @Value("${micronaut.server.port:8080}") int port) {
        URI base = settings.baseUri() != null ? settings.baseUri() : URI.create("http://localhost:" + port + "/");
        return new ResourceIds(base);
    }

    @Singleton
    RecordGraphBuilder recordGraphBuilder(ResourceIds ids, ConceptLinker linker, IctCftAligner ictCft) {
        return new RecordGraphBuilder(ids, Normalisers.all(MAX_RECORD_CHARS), List.of(linker, ictCft), Clock.systemUTC());
    }

    /**
     * Countries are looked up at every projection, not copied here: the admin API adds and changes sources
     * while the service runs.
     */
    @Singleton
    SearchDocumentProjection projection(ConceptCatalogue concepts, SourceRegistry sources) {
        return new SearchDocumentProjection(concepts, sourceId -> sources.source(sourceId).map(SourceConfig::country));
    }

    @Singleton
    ResourceDescriptions resourceDescriptions(GraphStore store, ResourceIds ids) {
        return new ResourceDescriptions(store, ids);
    }

    @Singleton
    SparqlService sparqlService(GraphStore store, SparqlSettings settings) {
        return new SparqlService(store, settings.timeout(), settings.maxResults());
    }
}
