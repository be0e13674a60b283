package org.oerfed.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.index.elasticsearch.ElasticsearchSearchIndex;
import org.oerfed.index.elasticsearch.ElasticsearchSettings;
import org.oerfed.index.analysis.TextAnalysis;
import org.oerfed.index.lucene.LuceneSearchIndex;

/** Chooses the search engine by {@code oerfed.search.engine}: embedded Lucene unless told otherwise. */
@Factory
class SearchIndexFactory {

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "oerfed.search.engine", value = "lucene", defaultValue = "lucene")
    SearchIndex lucene(OerfedSettings settings, TextAnalysis analysis) {
        return new LuceneSearchIndex(settings.dataDir().resolve("lucene"), analysis);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "oerfed.search.engine", value = "elasticsearch")
    SearchIndex elasticsearch(SearchSettings.Elasticsearch s, TextAnalysis analysis) {
        return new ElasticsearchSearchIndex(ElasticsearchSettings.builder(s.hosts(), s.index()).replicas(s.replicas())
                .basicAuth(blankIfNull(s.username()), blankIfNull(s.password())).apiKey(blankIfNull(s.apiKey()))
                .timeouts(s.connectTimeout(), s.socketTimeout())
                .bulk(s.bulkDocuments(), s.bulkBytes())
                .retries(s.retries(), s.retryInitialDelay(), s.retryMaxDelay())
                .build(), analysis);
    }

    /** One set of analysers for the index and the API: they are built once and shared by every thread. */
    @Singleton
    TextAnalysis textAnalysis() {
        return new TextAnalysis();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
