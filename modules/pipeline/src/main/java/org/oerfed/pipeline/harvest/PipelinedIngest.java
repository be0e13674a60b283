package org.oerfed.pipeline.harvest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.pipeline.harvest.RecordIngester.PreparedBatch;

/**
 * The batches of one run stored one behind their normalising: while the store's single writer commits a
 * batch, the next one is {@link RecordIngester#prepare prepared} (datestamps read, records normalised,
 * linked and validated) on an executor, so that the CPU work and the writes overlap instead of adding up.
 * Batches are committed one at a time, in the order they were handed in, on the caller's thread.
 *
 * <p>Crash safety is the ingester's: a batch only counts once {@link #submit} or {@link #finish} returns it
 * as stored, and the caller moves its checkpoint past a batch's pages only then. A batch prepared but not
 * committed when the run fails or stops is dropped ({@link #close}); it wrote nothing, and a resumed run
 * fetches its pages again.
 *
 * @param <T> what the caller keeps with each batch (the harvest: the checkpoint after its pages)
 */
public final class PipelinedIngest<T> implements AutoCloseable {
    /** A batch committed, with the caller's tag and what storing it gave. */
    public record Stored<T>(T tag, PageOutcome outcome) {
    }

    private record Pending<T>(T tag, CompletableFuture<PreparedBatch> prepared) {
    }

    private final RecordIngester ingester;
    private final SourceConfig source;
    private final String runId;
    private final boolean touchUnchanged;
    private final Executor preparing;
    private Pending<T> pending;

    /**
     * @param runId          the run, for errors and dead letters
     * @param touchUnchanged whether unchanged records are marked seen (a full harvest)
     * @param preparing      where batches are prepared; the ingester spreads a batch's records over the
     *                       common fork-join pool from there
     */
    public PipelinedIngest(RecordIngester ingester, SourceConfig source, String runId, boolean touchUnchanged, Executor preparing) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.source = Objects.requireNonNull(source, "source");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.touchUnchanged = touchUnchanged;
        this.preparing = Objects.requireNonNull(preparing, "preparing");
    }

    /**
     * Starts preparing a batch, then commits the one handed in before it, waiting for its preparation if need be.
     *
     * @return the batch committed now, if there was one waiting
     * @throws RuntimeException what preparing or committing the earlier batch threw; the run has failed, and
     *                          the batch handed in now is dropped, as if it had never been fetched
     */
    public synchronized Optional<Stored<T>> submit(List<RecordPage> pages, T tag) {
        Pending<T> before = pending;
        pending = new Pending<>(tag, CompletableFuture.supplyAsync(() -> ingester.prepare(source, pages, runId, touchUnchanged), preparing));
        if (before == null) return Optional.empty();
        try {
            return Optional.of(commit(before));
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Commits the batch still waiting, if any: the end of a run, or a run that failed after it handed the batch
     * in (its pages were all fetched, so it is stored as it would have been before the failure).
     */
    public synchronized Optional<Stored<T>> finish() {
        Pending<T> last = pending;
        pending = null;
        return last == null ? Optional.empty() : Optional.of(commit(last));
    }

    /** Drops the batch still waiting, uncommitted; a run that failed or stops. */
    @Override
    public synchronized void close() {
        if (pending != null) pending.prepared().cancel(false);
        pending = null;
    }

    private Stored<T> commit(Pending<T> batch) {
        PreparedBatch prepared;
        try {
            prepared = batch.prepared().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
        return new Stored<>(batch.tag(), ingester.commit(prepared));
    }
}
