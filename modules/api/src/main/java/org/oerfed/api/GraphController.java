package org.oerfed.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.StoreCompaction;

/** Administration of the graph store: compacting it now, e.g. after a large first harvest. */
@Controller("/api/graph")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GraphController {
    private final GraphStore store;
    private final AdminGuard guard;

    public GraphController(GraphStore store, AdminGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** What a compaction did, in the units an operator reads. */
    public record Compacted(long bytesBefore, long bytesAfter, double seconds) {
    }

    /** Compacts the store now (admin); writes wait meanwhile. */
    @Post(value = "/compact", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> compact(HttpRequest<?> request) {
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) return LinkedDataController.problem(HttpStatus.FORBIDDEN, refusal.get());
        StoreCompaction done = store.compact();
        return HttpResponse.ok(new Compacted(done.bytesBefore(), done.bytesAfter(), done.took().toMillis() / 1000.0));
    }
}
