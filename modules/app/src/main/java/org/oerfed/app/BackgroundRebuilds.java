package org.oerfed.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.oerfed.core.search.IndexRebuilds;
import org.oerfed.core.search.RebuildState;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.merge.ResourceViews;
import org.oerfed.pipeline.index.IndexPass;
import org.oerfed.pipeline.index.ResourceIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs index rebuilds on a thread of their own. At startup, an empty index beside a graph that has
 * resources (a first start on an existing graph, an index format changed by an upgrade, a switch of search
 * engine) is rebuilt at once, so that search never stays empty while the graph is not.
 */
@Singleton
class BackgroundRebuilds implements IndexRebuilds {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRebuilds.class);
    private final ResourceIndexer indexer;
    private final SearchIndex index;
    private final GraphStore store;
    private final ResourceViews views;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildState> state = new AtomicReference<>(RebuildState.NONE);

    BackgroundRebuilds(ResourceIndexer indexer, SearchIndex index, GraphStore store, ResourceViews views, Clock clock) {
        this.indexer = indexer;
        this.index = index;
        this.store = store;
        this.views = views;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (index.count() > 0) return;
        boolean graphHasResources = store.read(dataset -> !views.allResources(dataset).isEmpty());
        if (graphHasResources) {
            LOG.warn("The search index is empty but the graph is not: rebuilding the index from the graph");
            start();
        }
    }

    @Override
    public synchronized RebuildState start() {
        if (state.get().status() == RebuildState.Status.RUNNING) return state.get();
        state.set(new RebuildState(RebuildState.Status.RUNNING, Optional.of(clock.instant()), Optional.empty(), 0, 0, ""));
        worker.submit(this::rebuild);
        return state.get();
    }

    private void rebuild() {
        RebuildState running = state.get();
        try {
            IndexPass done = indexer.rebuild();
            state.set(new RebuildState(RebuildState.Status.COMPLETED, running.started(), Optional.of(clock.instant()),
                    done.upserted(), done.rejected().size(), ""));
        } catch (RuntimeException e) {
            LOG.error("Index rebuild failed; the live index is unchanged: {}", e.getMessage(), e);
            state.set(new RebuildState(RebuildState.Status.FAILED, running.started(), Optional.of(clock.instant()), 0, 0,
                    e.getMessage()));
        }
    }

    @Override
    public RebuildState state() {
        return state.get();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
