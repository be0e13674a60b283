package org.oerfed.index.lucene;

import java.util.Collection;
import java.util.function.Consumer;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;

/** A rebuild into a new generation of a {@link LuceneSearchIndex}; see {@link SearchIndex#startRebuild()}. */
final class LuceneRebuild implements SearchIndex.Rebuild {

    private final Generations generations;
    private final Generation building;
    private final Consumer<Collection<SearchDocument>> writer;
    private volatile boolean over;

    /** @param writer writes documents into {@code building} only */
    LuceneRebuild(Generations generations, Generation building, Consumer<Collection<SearchDocument>> writer) {
        this.generations = generations;
        this.building = building;
        this.writer = writer;
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        requireRunning();
        writer.accept(documents);
    }

    @Override
    public void complete() {
        requireRunning();
        generations.complete(building);
        over = true;
    }

    @Override
    public void close() {
        if (over) return;
        over = true;
        generations.abandon(building);
    }

    private void requireRunning() {
        if (over) throw new IllegalStateException("the rebuild into " + building.name() + " is over");
    }
}
