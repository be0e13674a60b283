package org.oerfed.index.elasticsearch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;

/**
 * A rebuild into a new physical index of the next generation. Holds the index's lock for reading while it
 * writes, and for writing while it ends, so that the switch or the deletion of the new index waits for every
 * write that targets it: none can then recreate a deleted index from the template.
 */
final class ElasticsearchRebuild implements SearchIndex.Rebuild {

    private final String index;
    private final IndexAdmin admin;
    private final DocumentWriter writer;
    private final ReadWriteLock lock;
    private final Runnable onEnd;
    /** Guarded by the write lock; read under the read lock. */
    private boolean ended;

    /**
     * @param onEnd called, under the write lock, when the rebuild completes or is abandoned: live writes go to
     *              the live index only from then on
     */
    ElasticsearchRebuild(String index, IndexAdmin admin, DocumentWriter writer, ReadWriteLock lock, Runnable onEnd) {
        this.index = index;
        this.admin = admin;
        this.writer = writer;
        this.lock = lock;
        this.onEnd = onEnd;
    }

    /** The physical index being built. */
    String index() {
        return index;
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) return;
        Map<String, String> rejected;
        lock.readLock().lock();
        try {
            requireOpen();
            rejected = writer.upsert(documents, List.of(new DocumentWriter.Target(index, false)));
        } finally {
            lock.readLock().unlock();
        }
        if (!rejected.isEmpty()) throw new RejectedDocumentsException("Elasticsearch", rejected);
    }

    @Override
    public void complete() {
        lock.writeLock().lock();
        try {
            requireOpen();
            admin.switchTo(index);
            ended = true;
            onEnd.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (ended) return;
            ended = true;
            onEnd.run();
            // After a complete() whose answer was lost the aliases may point here already: then it stays.
            admin.deleteUnlessLive(index);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void requireOpen() {
        if (ended) throw new IllegalStateException("the rebuild into " + index + " has ended");
    }
}
