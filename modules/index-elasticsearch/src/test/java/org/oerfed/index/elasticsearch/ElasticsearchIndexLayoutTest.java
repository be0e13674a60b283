package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchQuery;

/** What the adapter keeps in the cluster: the template, the physical index and the aliases in front of it. */
class ElasticsearchIndexLayoutTest {

    private TestCluster cluster;
    private String name;

    @BeforeEach
    void connect() {
        cluster = TestCluster.connect();
        name = cluster.newName();
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (cluster != null) cluster.close();
    }

    private ElasticsearchSearchIndex open() {
        return new ElasticsearchSearchIndex(cluster.settings(name).build());
    }

    @Test
    void installsTheVersionedTemplateForItsPhysicalIndices() {
        try (ElasticsearchSearchIndex ignored = open()) {
            JsonNode template = cluster.get("/_index_template/" + name + "-v2").path("index_templates").get(0)
                    .path("index_template");

            assertThat(template.path("index_patterns").get(0).asText()).isEqualTo(name + ".v2.*");
            assertThat(template.path("version").asInt()).isEqualTo(2);
            assertThat(template.path("_meta").path("oerfed_mapping_version").asInt()).isEqualTo(2);
        }
    }

    @Test
    void createsTheFirstPhysicalIndexBehindBothAliases() {
        try (ElasticsearchSearchIndex ignored = open()) {
            String physical = name + ".v2.1";

            assertThat(cluster.aliasTargets(name + "-read")).containsExactly(physical);
            assertThat(cluster.aliasTargets(name + "-write")).containsExactly(physical);
            JsonNode settings = cluster.get("/" + physical + "/_settings").path(physical).path("settings").path("index");
            assertThat(settings.path("number_of_shards").asText()).isEqualTo("1");
            assertThat(settings.path("auto_expand_replicas").asText()).isEqualTo("0-1");
            JsonNode mapping = cluster.get("/" + physical + "/_mapping").path(physical).path("mappings");
            assertThat(mapping.path("_meta").path("oerfed_mapping_version").asInt()).isEqualTo(2);
            assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
            assertThat(mapping.path("properties").path("stem_title").path("analyzer").asText()).isEqualTo("whitespace");
        }
    }

    /** Searches fetch only the document, and rebuilds read the graph: the analysed texts are not kept twice. */
    @Test
    void keepsTheDocumentButNotItsAnalysedTextsInTheSource() {
        try (ElasticsearchSearchIndex index = open()) {
            index.upsert(List.of(SearchDocument.builder("oer-1").title("en", "Linear algebra").build()));
            index.refresh();

            JsonNode source = cluster.get("/" + name + "-read/_doc/oer-1").path("_source");

            assertThat(source.path("document").path("title").asText()).isEqualTo("Linear algebra");
            assertThat(source.path("id").asText()).isEqualTo("oer-1");
            assertThat(source.has("stem_title")).isFalse();
            assertThat(source.has("fold_title")).isFalse();
            assertThat(index.search(SearchQuery.text("algebra")).documents()).extracting(SearchDocument::title)
                    .containsExactly("Linear algebra");
        }
    }

    @Test
    void setsAFixedNumberOfReplicasWhenToldSo() {
        try (ElasticsearchSearchIndex ignored = new ElasticsearchSearchIndex(cluster.settings(name).replicas("0").build())) {
            String physical = name + ".v2.1";
            JsonNode settings = cluster.get("/" + physical + "/_settings").path(physical).path("settings").path("index");

            assertThat(settings.path("number_of_replicas").asText()).isEqualTo("0");
            assertThat(settings.path("auto_expand_replicas").asText()).isEqualTo("false");
        }
    }

    @Test
    void reopensTheIndexTheAliasesPointAt() {
        try (ElasticsearchSearchIndex first = open()) {
            first.clear(); // moves the aliases to generation 2
        }
        try (ElasticsearchSearchIndex ignored = open()) {
            assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.2");
            assertThat(cluster.indices(name)).containsExactly(name + ".v2.2");
        }
    }

    @Test
    void leavesTheIndexOfTheFirstVersionAloneAndStartsBesideIt() {
        cluster.put("/" + name, "{\"mappings\":{\"_meta\":{\"oerfed_mapping_version\":1}}}");

        try (ElasticsearchSearchIndex index = open()) {
            assertThat(cluster.exists("/" + name)).isTrue();
            assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.1");
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void refusesAliasesOnAnIndexOfAnotherMappingVersion() {
        String other = name + ".v3.1";
        cluster.put("/" + other, "{\"mappings\":{\"_meta\":{\"oerfed_mapping_version\":3}}}");
        cluster.post("/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + other + "\",\"alias\":\"" + name + "-read\"}},"
                + "{\"add\":{\"index\":\"" + other + "\",\"alias\":\"" + name + "-write\"}}]}");

        assertThatThrownBy(this::open)
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining(other)
                .hasMessageContaining("mapping version 3");
    }

    @Test
    void refusesAliasesOnDifferentIndices() {
        try (ElasticsearchSearchIndex ignored = open()) {
            cluster.put("/" + name + ".v2.9", "{}");
            cluster.post("/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + name + ".v2.1\",\"alias\":\"" + name
                    + "-write\"}},{\"add\":{\"index\":\"" + name + ".v2.9\",\"alias\":\"" + name + "-write\"}}]}");
        }

        assertThatThrownBy(this::open)
                .isInstanceOf(OerfedException.class)
                .hasMessageContaining(name + "-read")
                .hasMessageContaining("one and the same index");
    }

    @Test
    void failsAtStartupWhenTheClusterCannotBeReached() throws IOException {
        java.net.URI nowhere;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nowhere = java.net.URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ElasticsearchSettings settings = TestCluster.settings(name, nowhere).build();

        assertThatThrownBy(() -> new ElasticsearchSearchIndex(settings))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining("unreachable");
    }
}
