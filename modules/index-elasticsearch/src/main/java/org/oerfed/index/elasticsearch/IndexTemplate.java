package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * The index template every physical index is made from: settings and mapping of the versioned resource
 * {@code index-template-v<version>.json}, with this deployment's index pattern and replicas filled in.
 *
 * <p>A change to how documents are indexed gets a new resource and version, hence new physical index names:
 * an index of another version is never written to or searched, as its hits would differ from the Lucene
 * adapter's; a full rebuild moves to the new version.
 */
final class IndexTemplate {

    /** The version of the mapping, kept in the {@code _meta} of the template and of every index made from it. */
    static final int MAPPING_VERSION = 2;
    static final String VERSION_KEY = "oerfed_mapping_version";
    private static final String RESOURCE = "index-template-v" + MAPPING_VERSION + ".json";

    private final IndexLayout layout;
    private final String body;

    IndexTemplate(IndexLayout layout, String replicas) {
        this.layout = layout;
        this.body = body(layout, replicas);
    }

    private static String body(IndexLayout layout, String replicas) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            ObjectNode template = (ObjectNode) json.readTree(in);
            template.putArray("index_patterns").add(layout.physicalPattern());
            ObjectNode index = (ObjectNode) template.at("/template/settings/index");
            index.remove("auto_expand_replicas");
            if (replicas.contains("-")) {
                index.put("auto_expand_replicas", replicas);
            } else {
                index.put("number_of_replicas", Integer.parseInt(replicas));
                index.put("auto_expand_replicas", false);
            }
            return json.writeValueAsString(template);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** Creates or updates the template; indices made before keep the settings and mapping they were made with. */
    void install(ElasticsearchClient client) {
        ClusterCall.run("installing index template " + layout.templateName(), () -> client.indices()
                .putIndexTemplate(p -> p.name(layout.templateName()).withJson(new StringReader(body))));
    }

    /** The mapping version an index was made with; empty if it has none (not made by this adapter). */
    static OptionalInt versionOf(ElasticsearchClient client, String index) {
        TypeMapping mapping = ClusterCall.run("reading the mapping of " + index,
                () -> client.indices().getMapping(m -> m.index(index))).result().values().iterator().next().mappings();
        JsonData version = mapping.meta().get(VERSION_KEY);
        if (version == null) return OptionalInt.empty();
        try {
            return OptionalInt.of(version.to(Integer.class));
        } catch (RuntimeException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** The template body as sent, for tests and operators. */
    String json() {
        return body;
    }
}
