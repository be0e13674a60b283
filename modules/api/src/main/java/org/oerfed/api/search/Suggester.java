package org.oerfed.api.search;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.Suggestion;

/**
 * Completions of what a user is typing: concepts (subjects, levels, resource types) whose label in the
 * user's language starts with it, or has a word that does, and that some indexed resource has; then titles
 * from the index.
 *
 * <p>Concepts come first: they are few, they search across every language (choosing one filters by the
 * concept), and a title list would otherwise push them out. They take at most half the places when there
 * are titles enough to fill the rest, so that a short prefix matching many concepts still shows titles.
 * Among concepts, a label that starts with the text comes before one with a later word that does, then the
 * concept more resources have. Which concepts the index has is counted at most once a minute
 * ({@link ConceptCounts}).
 */
@Singleton
public class Suggester {
    /** The facets whose concepts are suggested: the ones people type the names of. */
    static final List<Facet> CONCEPT_FACETS = List.of(Facet.SUBJECT, Facet.LEVEL, Facet.TYPE);
    public static final int MAX_SIZE = 20;
    private final SearchIndex index;
    private final ConceptLabels labels;
    private final ConceptCounts counts;

    public Suggester(SearchIndex index, ConceptLabels labels, Clock clock) {
        this.index = index;
        this.labels = labels;
        this.counts = new ConceptCounts(index, labels, clock);
    }

    /**
     * A concept suggested, with how many resources have it.
     *
     * @param suggestion the label and the facet value
     * @param count      how many indexed resources have the concept; 0 for a title
     */
    public record Counted(Suggestion suggestion, long count) {
    }

    /**
     * @param text     what was typed so far; blank gives nothing
     * @param language the user's language, BCP 47; empty for none
     * @param size     at most this many, 1 to {@link #MAX_SIZE}
     */
    public List<Counted> suggest(String text, String language, int size) {
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
        String prefix = Folding.fold(text);
        if (prefix.isEmpty()) return List.of();
        List<Counted> concepts = concepts(prefix, language);
        List<Suggestion> titles = index.suggest(text.strip(), language, size);
        int conceptPlaces = Math.min(concepts.size(), Math.max(size - titles.size(), (size + 1) / 2));
        List<Counted> suggestions = new ArrayList<>(concepts.subList(0, conceptPlaces));
        for (Suggestion title : titles) {
            if (suggestions.size() == size) break;
            suggestions.add(new Counted(title, 0));
        }
        return suggestions;
    }

    private List<Counted> concepts(String prefix, String language) {
        record Candidate(Facet facet, String value, String label, int rank, long count) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Facet facet : CONCEPT_FACETS) {
            Map<String, Long> occurring = counts.of(facet);
            labels.concepts(facet).forEach((value, byLanguage) -> {
                long count = occurring.getOrDefault(value, 0L);
                if (count == 0) return;
                ConceptLabels.pick(byLanguage, language).ifPresent(label -> {
                    String folded = Folding.fold(label);
                    int rank = folded.startsWith(prefix) ? 0 : folded.contains(" " + prefix) ? 1 : -1;
                    if (rank >= 0) candidates.add(new Candidate(facet, value, label, rank, count));
                });
            });
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Comparator.comparingLong(Candidate::count).reversed())
                .thenComparing(Candidate::label).thenComparing(Candidate::value));
        return candidates.stream().map(c -> new Counted(new Suggestion(c.label(), Optional.of(c.facet()), c.value()), c.count())).toList();
    }
}
