package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.oerfed.graph.dump.Dump;
import org.oerfed.graph.dump.DumpInProgressException;
import org.oerfed.graph.dump.DumpWriter;
import org.oerfed.graph.linkeddata.VoidDescription;

/**
 * Versioned dumps of the whole graph: {@code GET /dumps} lists them (JSON, or HTML for browsers), {@code POST
 * /api/dumps} (admin) writes one now. The files themselves ({@code GET /dumps/{file}}) are served by the
 * app, which has the HTTP server's file support.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DumpsController {
    private static final List<String> LISTING_TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
    private final DumpWriter writer;
    private final VoidDescription description;
    private final VoidDescription.Addresses addresses;
    private final AdminGuard guard;

    public DumpsController(DumpWriter writer, VoidDescription description, VoidDescription.Addresses addresses, AdminGuard guard) {
        this.writer = writer;
        this.description = description;
        this.addresses = addresses;
        this.guard = guard;
    }

    /**
     * One dump as listed.
     *
     * @param files each with its public URL
     */
    public record Listed(String id, String created, long records, long resources, List<ListedFile> files) {
    }

    /**
     * One dump file as listed.
     *
     * @param url    where to download it
     * @param format the content inside the gzip: {@code application/n-quads} or {@code application/x-ndjson+ld}
     * @param bytes  its size, gzip'd
     * @param sha256 the SHA-256 of the gzip'd file, in hex
     */
    public record ListedFile(String name, String url, String format, long bytes, String sha256) {
    }

    /** The body of {@code GET /dumps}: newest first. */
    public record Listing(List<Listed> dumps) {
    }

    @Get(value = "/dumps", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public HttpResponse<?> list(@Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        List<Listed> dumps = writer.folder().list().stream().map(this::listed).toList();
        boolean html = new org.oerfed.graph.sparql.AcceptHeader(accept).choose(LISTING_TYPES, List::of)
                .map(MediaType.TEXT_HTML::equals).orElse(false);
        if (html) {
            return HttpResponse.ok(DumpsPage.render(dumps)).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                    .header("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return HttpResponse.ok(new Listing(dumps)).contentType(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Writes a dump now (admin); 201 with the dump, or 409 if one is being written. */
    @Post(value = "/api/dumps", produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> write(HttpRequest<?> request) {
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) return LinkedDataController.problem(HttpStatus.FORBIDDEN, refusal.get());
        try {
            Dump dump = writer.write();
            description.refresh();
            return HttpResponse.created(listed(dump), URI.create("/dumps"));
        } catch (DumpInProgressException e) {
            return LinkedDataController.problem(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private Listed listed(Dump dump) {
        return new Listed(dump.id(), dump.created().toString(), dump.records(), dump.resources(), dump.files().stream()
                .map(f -> new ListedFile(f.name(), addresses.dumpsBase() + f.name(), f.format(), f.bytes(), f.sha256())).toList());
    }
}
