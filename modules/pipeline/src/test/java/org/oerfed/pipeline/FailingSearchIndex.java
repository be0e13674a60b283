package org.oerfed.pipeline;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.oerfed.core.search.ForwardingSearchIndex;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;

/**
 * A real index behind a switch: while {@link #down} is set, or on the one upsert {@link #failUpsertNumber}
 * names, every write fails as a cluster that cannot be reached does. Reads always pass.
 */
public final class FailingSearchIndex extends ForwardingSearchIndex {
    /** While set, every write fails. */
    public final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger upserts = new AtomicInteger();
    private final int failUpsertNumber;

    /** Fails every write while {@link #down} is set. */
    public FailingSearchIndex(SearchIndex index) {
        this(index, 0);
    }

    /** Also fails the {@code failUpsertNumber}-th upsert (1-based); 0 for none. */
    public FailingSearchIndex(SearchIndex index, int failUpsertNumber) {
        super(index);
        this.failUpsertNumber = failUpsertNumber;
    }

    private void check() {
        if (down.get()) throw new IllegalStateException("cluster unreachable (simulated)");
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        check();
        if (upserts.incrementAndGet() == failUpsertNumber) throw new IllegalStateException("cluster unreachable (simulated)");
        super.upsert(documents);
    }

    @Override
    public void delete(Collection<String> ids) {
        check();
        super.delete(ids);
    }

    @Override
    public void refresh() {
        check();
        super.refresh();
    }

    @Override
    public Rebuild startRebuild() {
        check();
        return super.startRebuild();
    }

    /** Leaves the real index open: its owner closes it. */
    @Override
    public void close() {
    }
}
