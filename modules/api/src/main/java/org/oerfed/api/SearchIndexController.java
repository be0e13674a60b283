package org.oerfed.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.util.Optional;
import org.oerfed.core.search.IndexRebuilds;
import org.oerfed.core.search.RebuildState;
import org.oerfed.core.search.SearchIndex;

/** The search index: how many documents it holds, and rebuilding it from the graph without downtime. */
@Controller("/api/index")
public class SearchIndexController {
    private final SearchIndex index;
    private final IndexRebuilds rebuilds;
    private final AdminGuard guard;

    public SearchIndexController(SearchIndex index, IndexRebuilds rebuilds, AdminGuard guard) {
        this.index = index;
        this.rebuilds = rebuilds;
        this.guard = guard;
    }

    /**
     * The index's state.
     *
     * @param documents how many documents the live index holds
     * @param rebuild   the running or last rebuild
     */
    public record IndexState(long documents, RebuildState rebuild) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public IndexState state() {
        return new IndexState(index.count(), rebuilds.state());
    }

    /**
     * Starts rebuilding the index from the graph (admin): a new index is filled beside the live one, which
     * serves searches until the new one replaces it in one step. 202 with the state; poll {@code GET /api/index}.
     */
    @Post(value = "/rebuild", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> rebuild(HttpRequest<?> request) {
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) return LinkedDataController.problem(HttpStatus.FORBIDDEN, refusal.get());
        rebuilds.start();
        return HttpResponse.accepted().body(state());
    }
}
