package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The versioned settings and mapping of the index ({@code index-v1.json}). A change to how documents are
 * indexed gets a new version file; an index made with another version is refused, not silently reused,
 * because its hits would differ from the Lucene adapter's.
 */
final class IndexMapping {

    static final int VERSION = 1;
    private static final String RESOURCE = "index-v" + VERSION + ".json";
    private static final String VERSION_KEY = "oerfed_mapping_version";

    private IndexMapping() {
    }

    /** Creates the index if it does not exist, otherwise checks it was created with this mapping version. */
    static void ensureIndex(ElasticsearchClient client, String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            checkVersion(client, index);
            return;
        }
        try (InputStream json = IndexMapping.class.getResourceAsStream(RESOURCE)) {
            if (json == null) throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
            client.indices().create(c -> c.index(index).withJson(json));
        } catch (ElasticsearchException e) {
            // Another instance may have created it since we looked; then it must have our version too.
            if (!"resource_already_exists_exception".equals(e.error().type())) throw e;
            checkVersion(client, index);
        }
    }

    private static void checkVersion(ElasticsearchClient client, String index) throws IOException {
        TypeMapping mapping = client.indices().getMapping(m -> m.index(index)).get(index).mappings();
        JsonData version = mapping.meta().get(VERSION_KEY);
        if (version == null || version.to(Integer.class) != VERSION) {
            throw new IllegalStateException("Elasticsearch index '" + index + "' has mapping version " + version
                    + ", this adapter needs " + VERSION + "; reindex into a new index");
        }
    }
}
