package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchField;
import org.oerfed.index.analysis.IndexFields;

/** The template resource against the fields the analysis produces, without a cluster. */
class IndexTemplateTest {

    private final JsonNode template = read(new IndexTemplate(new IndexLayout("oerfed"), "0-1"));

    private static JsonNode read(IndexTemplate template) {
        try {
            return new ObjectMapper().readTree(template.json());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode properties() {
        return template.at("/template/mappings/properties");
    }

    @Test
    void mapsEveryFieldTheAnalysisProducesAndNothingElse() {
        List<String> expected = new ArrayList<>(List.of(IndexFields.ID, IndexFields.DOCUMENT, IndexFields.SORT_TITLE,
                IndexFields.MODIFIED));
        for (SearchField field : SearchField.values()) {
            expected.add(IndexFields.stemmed(field));
            expected.add(IndexFields.folded(field));
        }
        for (Facet facet : Facet.values()) expected.add(IndexFields.facet(facet));

        List<String> mapped = new ArrayList<>();
        properties().fieldNames().forEachRemaining(mapped::add);

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void splitsTextFieldsOnWhitespaceOnlyWithTheSharedPositionGap() {
        for (SearchField field : SearchField.values()) {
            for (String name : List.of(IndexFields.stemmed(field), IndexFields.folded(field))) {
                JsonNode mapping = properties().path(name);
                assertThat(mapping.path("type").asText()).as(name).isEqualTo("text");
                assertThat(mapping.path("analyzer").asText()).as(name).isEqualTo("whitespace");
                assertThat(mapping.path("position_increment_gap").asInt()).as(name).isEqualTo(IndexFields.POSITION_GAP);
            }
        }
    }

    @Test
    void keepsTheDocumentWithoutIndexingIt() {
        assertThat(properties().path(IndexFields.DOCUMENT).path("enabled").asBoolean(true)).isFalse();
    }

    @Test
    void carriesTheMappingVersionAndThisDeploymentsPattern() {
        assertThat(template.at("/template/mappings/_meta/oerfed_mapping_version").asInt())
                .isEqualTo(IndexTemplate.MAPPING_VERSION);
        assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("oerfed.v2.*");
        assertThat(template.at("/template/settings/index/number_of_shards").asInt()).isEqualTo(1);
    }

    @Test
    void refreshesOnlyWhenTheAdapterDoes() {
        // As on Lucene, writes become visible at refresh() and not before, a whole batch at once.
        assertThat(template.at("/template/settings/index/refresh_interval").asText()).isEqualTo("-1");
    }

    @Test
    void takesReplicasAsACountOrARange() {
        JsonNode fixed = read(new IndexTemplate(new IndexLayout("oerfed"), "2")).at("/template/settings/index");
        JsonNode range = read(new IndexTemplate(new IndexLayout("oerfed"), "0-all")).at("/template/settings/index");

        assertThat(fixed.path("number_of_replicas").asInt()).isEqualTo(2);
        assertThat(fixed.path("auto_expand_replicas").asBoolean(true)).isFalse();
        assertThat(range.path("auto_expand_replicas").asText()).isEqualTo("0-all");
        assertThat(range.has("number_of_replicas")).isFalse();
    }
}
