package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestCheckpoints;
import org.oerfed.core.harvest.HarvestControl;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.source.InvalidSourceException;
import org.oerfed.core.source.SourceAdmin;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceRegistry;

/**
 * The operator's view of the sources: status, run history and run errors (JSON, or CSV to forward to a
 * partner), the quality of their records, and control: add, change and remove sources, start a harvest, pause and resume scheduled runs.
 */
@Controller("/api/sources")
public class SourcesController {
    static final String CSV = "text/csv";
    private final SourceRegistry sources;
    private final HarvestCheckpoints checkpoints;
    private final HarvestRunLog runs;
    private final HarvestControl control;
    private final AdminGuard guard;
    private final SourceAdmin admin;

    public SourcesController(SourceRegistry sources, HarvestCheckpoints checkpoints, HarvestRunLog runs, HarvestControl control,
                             AdminGuard guard, SourceAdmin admin) {
        this.admin = admin;
        this.sources = sources;
        this.checkpoints = checkpoints;
        this.runs = runs;
        this.control = control;
        this.guard = guard;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public List<SourceStatus> list() {
        return sources.sources().stream().map(this::status).toList();
    }

    @Get(value = "/{id}", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> one(@PathVariable String id) {
        return find(id).<HttpResponse<?>>map(s -> HttpResponse.ok(status(s))).orElseGet(() -> unknown(id));
    }

    @Get(value = "/{id}/runs", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> runs(@PathVariable String id) {
        return find(id).<HttpResponse<?>>map(s -> HttpResponse.ok(runs.runs(id))).orElseGet(() -> unknown(id));
    }

    @Get(value = "/{id}/runs/{run}", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> run(@PathVariable String id, @PathVariable String run) {
        if (find(id).isEmpty()) return unknown(id);
        return safeRun(id, run).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "source '" + id + "' has no run '" + run + "'"));
    }

    /** JSON by default; CSV with {@code Accept: text/csv} or {@code ?format=csv}. */
    @Get(value = "/{id}/runs/{run}/errors", produces = {MediaType.APPLICATION_JSON, CSV, Problem.MEDIA_TYPE})
    public HttpResponse<?> errors(@PathVariable String id, @PathVariable String run, @QueryValue @Nullable String format,
                                  @Header("Accept") @Nullable String accept) {
        if (find(id).isEmpty()) return unknown(id);
        if (safeRun(id, run).isEmpty()) return problem(HttpStatus.NOT_FOUND, "source '" + id + "' has no run '" + run + "'");
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.toLowerCase(Locale.ROOT).contains(CSV));
        if (csv) {
            return HttpResponse.ok(ErrorsCsv.of(id, run, runs.errors(id, run))).contentType(CSV + ";charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + id + "-" + run + "-errors.csv\"");
        }
        return HttpResponse.ok(runs.errors(id, run)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * The quality of the source's stored records as measured at the end of its latest run: completeness per
     * field, open licences, languages, values no vocabulary matched, validation findings per shape. Read from
     * the file the run left, so it costs no query of the graph; 404 until a run has measured it.
     */
    @Get(value = "/{id}/quality", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> quality(@PathVariable String id) {
        if (find(id).isEmpty()) return unknown(id);
        return runs.quality(id).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(() -> problem(HttpStatus.NOT_FOUND,
                "the quality of source '" + id + "' has not been measured yet; it is measured at the end of every harvest run"));
    }

    @Post(value = "/{id}/harvest", produces = Problem.MEDIA_TYPE)
    public HttpResponse<?> harvest(HttpRequest<?> request, @PathVariable String id, @QueryValue @Nullable String mode) {
        Optional<HttpResponse<?>> refused = refuse(request, id);
        if (refused.isPresent()) return refused.get();
        HarvestMode harvestMode;
        try {
            harvestMode = mode == null || mode.isBlank() ? HarvestMode.INCREMENTAL : HarvestMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "'mode' must be 'incremental' or 'full', was '" + mode + "'");
        }
        control.trigger(id, harvestMode);
        return HttpResponse.accepted();
    }

    /**
     * Adds or replaces a source from its file's text (YAML, as in the sources folder); the source is stored
     * as {@code <id>.yaml} and its routes start at once. 201 for a new source, 200 for a changed one, 400
     * listing every problem otherwise.
     */
    @Put(value = "/{id}", consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN},
            produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> put(HttpRequest<?> request, @PathVariable String id, @Body String yaml) {
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) return problem(HttpStatus.FORBIDDEN, refusal.get());
        boolean existed = find(id).isPresent();
        try {
            SourceConfig source = admin.put(id, yaml);
            return HttpResponse.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(status(source));
        } catch (InvalidSourceException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
                    .body(new InvalidSourceProblem("about:blank", "Bad Request", 400,
                            "the source file is not valid; fix every problem listed in 'errors'", e.problems()));
        }
    }

    /** Removes a source: its file and routes; with {@code ?purge=true} also its records in the graph and index. */
    @Delete(value = "/{id}", produces = Problem.MEDIA_TYPE)
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id, @QueryValue @Nullable Boolean purge) {
        Optional<HttpResponse<?>> refused = refuse(request, id);
        if (refused.isPresent()) return refused.get();
        admin.remove(id, Boolean.TRUE.equals(purge));
        return HttpResponse.noContent();
    }

    /**
     * A problem with the list of what is wrong in a source file.
     *
     * @param errors one line per problem
     */
    public record InvalidSourceProblem(String type, String title, int status, String detail, List<String> errors) {
    }

    @Post(value = "/{id}/pause", produces = Problem.MEDIA_TYPE)
    public HttpResponse<?> pause(HttpRequest<?> request, @PathVariable String id) {
        Optional<HttpResponse<?>> refused = refuse(request, id);
        if (refused.isPresent()) return refused.get();
        control.pause(id);
        return HttpResponse.noContent();
    }

    @Post(value = "/{id}/resume", produces = Problem.MEDIA_TYPE)
    public HttpResponse<?> resume(HttpRequest<?> request, @PathVariable String id) {
        Optional<HttpResponse<?>> refused = refuse(request, id);
        if (refused.isPresent()) return refused.get();
        control.resume(id);
        return HttpResponse.noContent();
    }

    private Optional<HttpResponse<?>> refuse(HttpRequest<?> request, String id) {
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) return Optional.of(problem(HttpStatus.FORBIDDEN, refusal.get()));
        return find(id).isEmpty() ? Optional.of(unknown(id)) : Optional.empty();
    }

    private SourceStatus status(SourceConfig source) {
        return SourceStatus.of(source, control.paused(source.id()), checkpoints.load(source.id()), runs.latest(source.id()));
    }

    private Optional<SourceConfig> find(String id) {
        return sources.source(id);
    }

    private Optional<org.oerfed.core.harvest.HarvestRun> safeRun(String id, String run) {
        try {
            return runs.run(id, run);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not even a well-formed run id
        }
    }

    private static HttpResponse<?> unknown(String id) {
        return problem(HttpStatus.NOT_FOUND, "no source with id '" + id + "'");
    }

    private static HttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).body(Problem.of(status.getCode(), status.getReason(), detail));
    }
}
