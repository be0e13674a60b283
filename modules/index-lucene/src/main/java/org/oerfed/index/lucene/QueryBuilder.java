package org.oerfed.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query from analysed words, never through a query parser, so no
 * input is syntax: every word must be in the title or the description, filters restrict without scoring.
 */
final class QueryBuilder {

    /** Matches in titles weigh more; Elasticsearch boosts the same field by the same factor. */
    static final float TITLE_BOOST = 2f;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The distinct analysed words of the query's text, in order of first occurrence. */
    Set<String> words(SearchQuery query) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexedFields.TITLE, query.text())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing query text", e);
        }
        return words;
    }

    Query build(SearchQuery query, Set<String> words) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (words.isEmpty()) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String word : words) {
            builder.add(inTitleOrDescription(word), Occur.MUST);
        }
        for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
            Set<BytesRef> values = filter.getValue().stream().map(BytesRef::new).collect(Collectors.toSet());
            builder.add(new TermInSetQuery(filter.getKey().key(), values), Occur.FILTER);
        }
        return builder.build();
    }

    private static Query inTitleOrDescription(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(IndexedFields.TITLE, word)), TITLE_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexedFields.DESCRIPTION, word)), Occur.SHOULD)
                .build();
    }
}
