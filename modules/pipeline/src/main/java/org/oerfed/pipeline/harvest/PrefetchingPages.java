package org.oerfed.pipeline.harvest;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.oerfed.core.harvest.RecordPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source's pages, fetched on a thread of their own while the harvest stores the pages before them: the
 * partner's response time and OERfed's storing overlap instead of adding up. Fetching stays polite, since
 * every request still waits for its host's turn, and runs at most {@code maxWaitingRecords} records (one
 * commit's worth) ahead of storing, so a slow store holds back the fetching rather than filling the heap.
 * Pages fetched but not yet stored are simply fetched again by a run that resumes after a crash: the
 * checkpoint only ever moves past stored pages.
 */
final class PrefetchingPages implements Iterator<RecordPage>, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PrefetchingPages.class);
    /** How long closing waits for a fetch under way to give up once interrupted. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    /** What the fetching thread hands over: a page, the end of the list, or why it stopped. */
    private sealed interface Fetched {
    }

    private record Page(RecordPage page) implements Fetched {
    }

    private record End() implements Fetched {
    }

    private record Failure(Throwable cause) implements Fetched {
    }

    private final ResumingPages pages;
    private final int maxWaitingRecords;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition fetched = lock.newCondition();
    private final Condition taken = lock.newCondition();
    private final Deque<Fetched> waiting = new ArrayDeque<>();
    private final Thread fetcher;
    private int waitingRecords;
    private boolean closed;

    PrefetchingPages(String sourceId, ResumingPages pages, int maxWaitingRecords) {
        this.pages = pages;
        this.maxWaitingRecords = Math.max(1, maxWaitingRecords);
        this.fetcher = new Thread(this::fetchAll, "oerfed-fetch-" + sourceId);
        fetcher.setDaemon(true);
        fetcher.start();
    }

    private void fetchAll() {
        try {
            while (true) {
                if (!awaitRoom()) return;
                if (!pages.hasNext()) {
                    hand(new End());
                    return;
                }
                hand(new Page(pages.next()));
            }
        } catch (InterruptedException e) {
            // closed while waiting for room: nobody takes pages any more
        } catch (Throwable e) {
            hand(new Failure(e));
        }
    }

    /** Waits until fewer than the allowed records wait; false once closed. */
    private boolean awaitRoom() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed && waitingRecords >= maxWaitingRecords) taken.await();
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    private void hand(Fetched item) {
        lock.lock();
        try {
            waiting.addLast(item);
            if (item instanceof Page page) waitingRecords += page.page().records().size();
            fetched.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Fetched peek() {
        lock.lock();
        try {
            while (waiting.isEmpty()) {
                if (closed) throw new IllegalStateException("the pages are closed");
                fetched.awaitUninterruptibly();
            }
            return waiting.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * True also when fetching the next page failed: the failure is thrown by {@link #next()}, so that a
     * caller that looks one page ahead (Camel's streaming splitter does) still stores the page in hand.
     */
    @Override
    public boolean hasNext() {
        return !(peek() instanceof End);
    }

    @Override
    public RecordPage next() {
        Fetched next = peek();
        if (next instanceof End) throw new NoSuchElementException();
        if (next instanceof Failure failure) throw rethrown(failure.cause());
        lock.lock();
        try {
            RecordPage page = ((Page) waiting.removeFirst()).page();
            waitingRecords -= page.records().size();
            taken.signalAll();
            return page;
        } finally {
            lock.unlock();
        }
    }

    /** The fetching thread's failure, thrown again here: what the harvester threw is what the run reports. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) throw runtime;
        if (cause instanceof Error error) throw error;
        return new IllegalStateException(cause.getMessage(), cause);
    }

    /** Stops fetching, then gives back what the harvester holds for the pages. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            taken.signalAll();
            fetched.signalAll();
        } finally {
            lock.unlock();
        }
        fetcher.interrupt();
        try {
            fetcher.join(CLOSE_WAIT_SECONDS * 1000);
            if (fetcher.isAlive()) {
                LOG.warn("The fetch of {} did not stop within {} s of being told to", fetcher.getName(), CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pages.close();
    }
}
