package org.oerfed.store.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestError;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.SourceQuality;

/**
 * Runs as one JSON file each, replaced atomically; their errors as a JSON-lines file beside it; the source's
 * latest quality measure as one JSON file beside the runs, so that reading it costs no query of the graph.
 */
public final class FileHarvestRunLog implements HarvestRunLog {
    private final HarvestStateFolder folder;
    private final JsonFiles files = new JsonFiles();

    /** @param root the harvest state folder, e.g. {@code data/harvest} */
    public FileHarvestRunLog(Path root) {
        this.folder = new HarvestStateFolder(root);
    }

    @Override
    public void record(HarvestRun run) {
        files.write(folder.run(run.sourceId(), run.runId()), run);
    }

    @Override
    public void addErrors(String sourceId, String runId, List<HarvestError> errors) {
        files.append(folder.errors(sourceId, runId), errors);
    }

    @Override
    public List<HarvestRun> runs(String sourceId) {
        Path runs = folder.runs(sourceId);
        if (!Files.isDirectory(runs)) return List.of();
        try (Stream<Path> listing = Files.list(runs)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> files.read(p, HarvestRun.class))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(HarvestRun::started).thenComparing(HarvestRun::runId).reversed())
                    .toList();
        } catch (IOException e) {
            throw OerfedException.setup("cannot list " + runs.toAbsolutePath(), e);
        }
    }

    @Override
    public Optional<HarvestRun> run(String sourceId, String runId) {
        return files.read(folder.run(sourceId, runId), HarvestRun.class);
    }

    @Override
    public void recordQuality(SourceQuality quality) {
        files.write(folder.quality(quality.sourceId()), quality);
    }

    @Override
    public Optional<SourceQuality> quality(String sourceId) {
        return files.read(folder.quality(sourceId), SourceQuality.class);
    }

    @Override
    public List<HarvestError> errors(String sourceId, String runId) {
        return files.readLines(folder.errors(sourceId, runId), HarvestError.class);
    }
}
