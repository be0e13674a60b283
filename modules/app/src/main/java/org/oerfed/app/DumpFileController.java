package org.oerfed.app;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.file.Path;
import java.util.Optional;
import org.oerfed.api.Problem;
import org.oerfed.graph.dump.DumpFile;
import org.oerfed.graph.dump.DumpWriter;

/**
 * {@code GET /dumps/{file}}: one dump file, streamed from disk with its length (and byte ranges, for resumed
 * downloads). It lives here, not in {@code api}, because serving files needs the HTTP server module, which only
 * the app depends on.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DumpFileController {
    private final DumpWriter dumps;

    DumpFileController(DumpWriter dumps) {
        this.dumps = dumps;
    }

    @Get(value = "/dumps/{file}", produces = {DumpFile.MEDIA_TYPE, Problem.MEDIA_TYPE})
    HttpResponse<?> file(@PathVariable String file) {
        Optional<Path> path = dumps.folder().file(file);
        if (path.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(Problem.MEDIA_TYPE)
                    .body(new Problem("about:blank", "Not Found", 404, "no dump file named '" + file + "'; see /dumps"));
        }
        return HttpResponse.ok(new SystemFile(path.get().toFile(), MediaType.of(DumpFile.MEDIA_TYPE)).attach(file));
    }
}
