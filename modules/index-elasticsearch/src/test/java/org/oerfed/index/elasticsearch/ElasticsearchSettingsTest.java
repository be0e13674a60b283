package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElasticsearchSettingsTest {

    private static final List<URI> HOSTS = List.of(URI.create("http://localhost:9200"));

    @ParameterizedTest
    @ValueSource(strings = {"Oerfed", "oer.fed", "-oerfed", "oer fed", ""})
    void refusesIndexNamesThatCouldCollideOrThatElasticsearchRefuses(String name) {
        assertThatThrownBy(() -> ElasticsearchSettings.builder(HOSTS, name).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-x", "one", "-1", ""})
    void refusesReplicasThatAreNeitherACountNorARange(String replicas) {
        assertThatThrownBy(() -> ElasticsearchSettings.builder(HOSTS, "oerfed").replicas(replicas).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesEitherBasicAuthOrAnApiKey() {
        assertThatThrownBy(() -> ElasticsearchSettings.builder(HOSTS, "oerfed").basicAuth("u", "p").apiKey("k").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsSecretsOutOfItsText() {
        String text = ElasticsearchSettings.builder(HOSTS, "oerfed").basicAuth("reader", "s3cret").build().toString();

        assertThat(text).contains("reader").doesNotContain("s3cret");
    }

    @Test
    void hasTheDocumentedDefaults() {
        ElasticsearchSettings settings = ElasticsearchSettings.builder(HOSTS, "oerfed").build();

        assertThat(settings.replicas()).isEqualTo("0-1");
        assertThat(settings.bulkDocuments()).isEqualTo(1000);
        assertThat(settings.bulkBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(settings.retries()).isEqualTo(6);
    }
}
