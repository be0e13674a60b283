package org.oerfed.api.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oerfed.api.Html;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.search.Suggestion;

/**
 * A search index in memory that keeps the port's contract as far as the API sees it: every word must match
 * (folded, in any text of any field, so concept labels in other languages match too), filters OR within a
 * facet and AND across facets, facet counts that ignore their own facet's selection, top 50 values with
 * the selected ones always listed, the three sort orders, page numbers and an opaque cursor that an
 * invalid one makes throw {@link IllegalArgumentException}. No analysis, phrases or operators: the API
 * passes the text through, and the engines' own suite tests them.
 */
final class InMemorySearchIndex implements SearchIndex {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not");
    private final Map<String, SearchDocument> documents = new ConcurrentSkipListMap<>();

    @Override
    public void upsert(Collection<SearchDocument> upserted) {
        upserted.forEach(d -> documents.put(d.id(), d));
    }

    @Override
    public void delete(Collection<String> ids) {
        ids.forEach(documents::remove);
    }

    @Override
    public void refresh() {
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<String> words = words(query.text());
        List<SearchDocument> byText = documents.values().stream().filter(d -> tokens(d).containsAll(words)).toList();
        List<SearchDocument> hits = byText.stream().filter(d -> passes(d, query.filters(), null)).sorted(order(query, words)).toList();
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, counts(byText.stream().filter(d -> passes(d, query.filters(), facet)).toList(), facet,
                    query.filters().getOrDefault(facet, Set.of())));
        }
        int from = query.cursor().isEmpty() ? query.offset() : decode(query.cursor());
        int to = Math.min(hits.size(), from + query.size());
        List<SearchHit> page = new ArrayList<>();
        for (int i = from; i < to; i++) page.add(hit(hits.get(i), words));
        String next = to < hits.size() ? encode(to) : "";
        return new SearchResult(hits.size(), page, facets, next);
    }

    @Override
    public List<Suggestion> suggest(String prefix, String language, int size) {
        if (size < 1 || size > 20) throw new IllegalArgumentException("size must be 1 to 20, was " + size);
        List<String> typed = words(prefix);
        if (typed.isEmpty()) return List.of();
        String last = typed.get(typed.size() - 1);
        List<String> finished = typed.subList(0, typed.size() - 1);
        Map<String, SearchDocument> byTitle = new TreeMap<>();
        for (SearchDocument document : documents.values()) {
            List<String> titleWords = words(document.title());
            if (titleWords.containsAll(finished) && titleWords.stream().anyMatch(w -> w.startsWith(last))) {
                byTitle.putIfAbsent(fold(document.title()) + "\u0000" + document.title(), document);
            }
        }
        return byTitle.values().stream().limit(size).map(d -> new Suggestion(d.title(), Optional.empty(), d.id())).toList();
    }

    @Override
    public long count() {
        return documents.size();
    }

    @Override
    public void clear() {
        documents.clear();
    }

    @Override
    public Rebuild startRebuild() {
        throw new UnsupportedOperationException("the API does not rebuild");
    }

    @Override
    public void close() {
    }

    private static boolean passes(SearchDocument document, Map<Facet, Set<String>> filters, Facet ignored) {
        return filters.entrySet().stream().filter(e -> e.getKey() != ignored)
                .allMatch(e -> document.values(e.getKey()).stream().anyMatch(e.getValue()::contains));
    }

    private static List<FacetValue> counts(List<SearchDocument> documents, Facet facet, Set<String> selected) {
        Map<String, Long> counts = new HashMap<>();
        documents.forEach(d -> d.values(facet).forEach(v -> counts.merge(v, 1L, Long::sum)));
        Comparator<FacetValue> order = Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
        List<FacetValue> values = counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).sorted(order)
                .collect(Collectors.toCollection(ArrayList::new));
        List<FacetValue> top = new ArrayList<>(values.subList(0, Math.min(values.size(), SearchResult.FACET_VALUES)));
        for (String value : selected) {
            if (top.stream().noneMatch(v -> v.value().equals(value))) top.add(new FacetValue(value, counts.getOrDefault(value, 0L)));
        }
        top.sort(order);
        return top;
    }

    private static Comparator<SearchDocument> order(SearchQuery query, List<String> words) {
        Comparator<SearchDocument> byId = Comparator.comparing(SearchDocument::id);
        return switch (query.sort()) {
            case RELEVANCE -> Comparator.comparingInt((SearchDocument d) -> -score(d, words)).thenComparing(byId);
            case NEWEST -> Comparator.comparing((SearchDocument d) -> d.modified().map(m -> -m.toEpochMilli()).orElse(Long.MAX_VALUE))
                    .thenComparing(byId);
            case TITLE -> Comparator.comparing((SearchDocument d) -> fold(d.title())).thenComparing(byId);
        };
    }

    private static int score(SearchDocument document, List<String> words) {
        int score = 0;
        for (LocalizedText text : document.texts()) {
            List<String> tokens = words(text.text());
            for (String word : words) if (tokens.contains(word)) score += text.field() == SearchField.TITLE ? 3 : 1;
        }
        return score;
    }

    private static Set<String> tokens(SearchDocument document) {
        Set<String> tokens = new HashSet<>();
        document.texts().forEach(t -> tokens.addAll(words(t.text())));
        return tokens;
    }

    private static Set<SearchField> matchedFields(SearchDocument document, List<String> words) {
        Set<SearchField> matched = new HashSet<>();
        for (LocalizedText text : document.texts()) {
            if (words(text.text()).stream().anyMatch(words::contains)) matched.add(text.field());
        }
        return matched;
    }

    private static SearchHit hit(SearchDocument document, List<String> words) {
        if (words.isEmpty()) return SearchHit.of(document);
        Map<SearchField, String> highlights = new LinkedHashMap<>();
        highlight(document.title(), words).ifPresent(h -> highlights.put(SearchField.TITLE, h));
        highlight(document.description(), words).ifPresent(h -> highlights.put(SearchField.DESCRIPTION, h));
        return new SearchHit(document, matchedFields(document, words), highlights);
    }

    private static Optional<String> highlight(String text, List<String> words) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = WORD.matcher(text);
        int last = 0;
        boolean any = false;
        while (matcher.find()) {
            out.append(Html.escape(text.substring(last, matcher.start())));
            String word = matcher.group();
            if (words.contains(fold(word))) {
                out.append("<mark>").append(Html.escape(word)).append("</mark>");
                any = true;
            } else {
                out.append(Html.escape(word));
            }
            last = matcher.end();
        }
        out.append(Html.escape(text.substring(last)));
        return any ? Optional.of(out.toString()) : Optional.empty();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) if (!OPERATORS.contains(matcher.group())) words.add(matcher.group());
        return words;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("at:")) throw new IllegalArgumentException("cursor '" + cursor + "' was not made here");
            return Integer.parseInt(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '" + cursor + "' was not made here", e);
        }
    }
}
