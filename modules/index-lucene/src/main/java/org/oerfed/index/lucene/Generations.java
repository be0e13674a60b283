package org.oerfed.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.search.IndexSearcher;

/**
 * The live generation and, while a rebuild runs, the one being built; and the swap between them.
 *
 * <p>Writes and searches share a read lock, held by a search only while it acquires its searcher; the swap
 * takes the write lock, so that no write is half applied to a generation that stops being live and no search
 * acquires a searcher from one being closed. Searches in flight during a swap finish on the old searcher,
 * whose files stay open until they release it.
 */
final class Generations implements AutoCloseable {

    /** Work done with a searcher. */
    @FunctionalInterface
    interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final IndexLayout layout;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Generation live;
    private Generation building;

    Generations(IndexLayout layout) {
        this.layout = layout;
        this.live = Generation.open(layout.root(), layout.live(), layout.startedEmpty());
        layout.point(live.name());
    }

    /** Whether the live generation was opened empty because its documents had another field layout. */
    boolean liveStartedAnew() {
        lock.readLock().lock();
        try {
            return live.startedAnew();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies a write to the live generation and, during a rebuild, to the one being built. */
    void write(Generation.Write write) {
        lock.readLock().lock();
        try {
            live.write(write);
            if (building != null) building.write(write);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Commits the live generation and reopens its searchers. */
    void refresh() {
        lock.readLock().lock();
        try {
            live.refresh();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T read(Read<T> read) {
        Generation generation;
        IndexSearcher searcher;
        lock.readLock().lock();
        try {
            generation = live;
            searcher = generation.acquire();
        } finally {
            lock.readLock().unlock();
        }
        try {
            return read.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the Lucene index in " + layout.root(), e);
        } finally {
            generation.release(searcher);
        }
    }

    /** @throws IllegalStateException if a rebuild is already running */
    Generation startRebuild() {
        lock.writeLock().lock();
        try {
            if (building != null) {
                throw new IllegalStateException("a rebuild of " + layout.root() + " is already running (into "
                        + building.name() + ")");
            }
            building = Generation.open(layout.root(), layout.nextGeneration(), true);
            return building;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Makes the built generation live, on disk and for searches, and deletes the old one. */
    void complete(Generation built) {
        // The bulk of the commit happens before the swap, so that writes and searches wait only for the rest.
        built.refresh();
        Generation old;
        lock.writeLock().lock();
        try {
            if (building != built) throw new IllegalStateException("the rebuild into " + built.name() + " is over");
            built.refresh();
            layout.point(built.name());
            old = live;
            live = built;
            building = null;
        } finally {
            lock.writeLock().unlock();
        }
        old.discard();
    }

    /** Deletes a generation being built, unless it was completed or abandoned already. */
    void abandon(Generation built) {
        lock.writeLock().lock();
        try {
            if (building != built) return;
            building = null;
        } finally {
            lock.writeLock().unlock();
        }
        built.discard();
    }

    /** Abandons a rebuild still running, commits the live generation and releases the directory. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (building != null) building.discard();
            building = null;
            live.close();
        } finally {
            lock.writeLock().unlock();
            layout.close();
        }
    }
}
