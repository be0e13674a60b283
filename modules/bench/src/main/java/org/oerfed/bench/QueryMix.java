package org.oerfed.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;

/**
 * The fixed mix of queries the search benchmark sends, the same for every engine and every run: free text
 * in several languages (single words, pairs, phrases), cross-language queries on subject labels, filters
 * (language, open licence, level, broad subject), other sort orders, and deep pages by page number. Cursor
 * pages are added per engine, since a cursor belongs to the engine that made it.
 */
final class QueryMix {

    static List<SearchQuery> of(MultilingualDocuments documents, int size) {
        SplittableRandom random = new SplittableRandom(42);
        List<SearchQuery> queries = new ArrayList<>();
        List<String> languages = documents.languages();
        for (int round = 0; round < 10; round++) {
            for (String language : languages) {
                List<String> words = documents.words(language);
                String one = words.get(random.nextInt(words.size()));
                String two = words.get(random.nextInt(words.size()));
                queries.add(query(one, language, Map.of(), SortOrder.RELEVANCE));
                queries.add(query(one + " " + two, language, Map.of(), SortOrder.RELEVANCE));
                if (round % 3 == 0) queries.add(query("\"" + one + " " + two + "\"", language, Map.of(), SortOrder.RELEVANCE));
                if (round % 2 == 0) {
                    queries.add(query(one, language, Map.of(Facet.LANGUAGE, Set.of(language)), SortOrder.RELEVANCE));
                    queries.add(query(one, language, Map.of(Facet.OPEN_LICENSE, Set.of("true"),
                            Facet.LEVEL, Set.of(String.valueOf(random.nextInt(9)))), SortOrder.RELEVANCE));
                }
                if (round % 5 == 0) queries.add(query(one, language, Map.of(), SortOrder.NEWEST));
            }
            // a subject's label in one language finds documents in every language
            MultilingualDocuments.Concept subject = documents.subjects().get(random.nextInt(documents.subjects().size()));
            MultilingualDocuments.Label label = subject.labels().get(random.nextInt(subject.labels().size()));
            queries.add(query(label.text(), label.language(), Map.of(), SortOrder.RELEVANCE));
            queries.add(query("", "", Map.of(Facet.SUBJECT, Set.of(subject.values().get(subject.values().size() - 1))),
                    SortOrder.NEWEST));
            queries.add(query("", "", Map.of(), SortOrder.TITLE));
        }
        // deep pages by number: the deepest window page numbers allow
        int deepest = SearchQuery.MAX_WINDOW / size;
        queries.add(new SearchQuery("", "", Map.of(), SortOrder.RELEVANCE, deepest, size, ""));
        queries.add(new SearchQuery("", "", Map.of(Facet.OPEN_LICENSE, Set.of("true")), SortOrder.NEWEST, deepest / 2, size, ""));
        return List.copyOf(queries);
    }

    private static SearchQuery query(String text, String language, Map<Facet, Set<String>> filters, SortOrder sort) {
        return new SearchQuery(text, language, filters, sort, 1, SearchQuery.DEFAULT_SIZE, "");
    }

    private QueryMix() {
    }
}
