package org.oerfed.store.files;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a source's harvest state lives: {@code <root>/<source id>/checkpoint.json},
 * {@code runs/<run id>.json}, {@code runs/<run id>.errors.jsonl}, {@code quality.json} and
 * {@code dead-letters.jsonl}.
 */
final class HarvestStateFolder {
    /** Source and run ids are URL-safe by construction; checking again keeps any path inside the root. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private final Path root;

    HarvestStateFolder(Path root) {
        this.root = root;
    }

    Path source(String sourceId) {
        return root.resolve(safe(sourceId));
    }

    Path checkpoint(String sourceId) {
        return source(sourceId).resolve("checkpoint.json");
    }

    Path runs(String sourceId) {
        return source(sourceId).resolve("runs");
    }

    Path run(String sourceId, String runId) {
        return runs(sourceId).resolve(safe(runId) + ".json");
    }

    Path errors(String sourceId, String runId) {
        return runs(sourceId).resolve(safe(runId) + ".errors.jsonl");
    }

    Path quality(String sourceId) {
        return source(sourceId).resolve("quality.json");
    }

    Path deadLetters(String sourceId) {
        return source(sourceId).resolve("dead-letters.jsonl");
    }

    private static String safe(String id) {
        if (!SAFE.matcher(id).matches()) throw new IllegalArgumentException("not a safe id for a file name: '" + id + "'");
        return id;
    }
}
