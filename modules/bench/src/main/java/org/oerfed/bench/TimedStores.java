package org.oerfed.bench;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.ForwardingSearchIndex;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.ForwardingGraphStore;
import org.oerfed.graph.GraphStore;

/**
 * The graph store and the search index of a benchmark run, each timed where the harvest writes to it, so
 * that the benchmark can say where an end-to-end harvest spends its time.
 */
final class TimedStores {
    private final AtomicLong graphNanos = new AtomicLong();
    private final AtomicLong indexNanos = new AtomicLong();

    double graphSeconds() {
        return graphNanos.get() / 1e9;
    }

    double indexSeconds() {
        return indexNanos.get() / 1e9;
    }

    /** Times the writes and reads of the store; the rest passes untimed. */
    GraphStore graph(GraphStore store) {
        return new ForwardingGraphStore(store) {
            @Override
            public void apply(GraphChanges changes) {
                timed(graphNanos, () -> {
                    store.apply(changes);
                    return null;
                });
            }

            @Override
            public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
                return timed(graphNanos, () -> store.apply(planner));
            }

            @Override
            public <T> T read(Function<Dataset, T> reader) {
                return timed(graphNanos, () -> store.read(reader));
            }
        };
    }

    /** Times the writes of a harvest; searches, suggestions and rebuilds are no part of one and pass untimed. */
    SearchIndex index(SearchIndex index) {
        return new ForwardingSearchIndex(index) {
            @Override
            public void upsert(Collection<SearchDocument> documents) {
                timed(indexNanos, () -> {
                    index.upsert(documents);
                    return null;
                });
            }

            @Override
            public void delete(Collection<String> ids) {
                timed(indexNanos, () -> {
                    index.delete(ids);
                    return null;
                });
            }

            @Override
            public void refresh() {
                timed(indexNanos, () -> {
                    index.refresh();
                    return null;
                });
            }
        };
    }

    private static <T> T timed(AtomicLong total, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            total.addAndGet(System.nanoTime() - start);
        }
    }
}
