package org.oerfed.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.index.elasticsearch.ElasticsearchSearchIndex;
import org.oerfed.index.elasticsearch.ElasticsearchSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;

/** Chooses the search engine by {@code oerfed.search.engine}: embedded Lucene unless told otherwise. */
@Factory
class SearchIndexFactory {

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "oerfed.search.engine", value = "lucene", defaultValue = "lucene")
    SearchIndex lucene(OerfedSettings settings) {
        return new LuceneSearchIndex(settings.dataDir().resolve("lucene"));
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = "oerfed.search.engine", value = "elasticsearch")
    SearchIndex elasticsearch(SearchSettings.Elasticsearch settings) {
        return new ElasticsearchSearchIndex(new ElasticsearchSettings(settings.hosts(), settings.index()));
    }
}
