package org.oerfed.graph.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.oerfed.core.error.OerfedException;

/**
 * The dumps folder: each dump is its data files and a manifest ({@code <id>.json}) written last, so a dump
 * is listed only once it is complete. Names are checked against the one pattern dumps are written with, so a
 * requested name can never reach outside the folder.
 */
public final class DumpFolder {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern DUMP_ID = Pattern.compile("oerfed-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z");
    private static final Pattern DATA_FILE = Pattern.compile(DUMP_ID.pattern() + "\\.(nq|jsonl)\\.gz");
    private static final String MANIFEST = ".json";

    private final Path dir;

    public DumpFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Every complete dump, newest first. */
    public List<Dump> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(MANIFEST) && DUMP_ID.matcher(n.substring(0, n.length() - MANIFEST.length())).matches())
                    .sorted(Comparator.reverseOrder())
                    .map(n -> readManifest(dir.resolve(n)))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw OerfedException.setup("cannot list the dumps folder " + dir.toAbsolutePath(), e);
        }
    }

    /** The data file of a listed dump with this name, or empty for any other name. */
    public Optional<Path> file(String name) {
        if (name == null || !DATA_FILE.matcher(name).matches()) return Optional.empty();
        Path file = dir.resolve(name);
        String id = name.substring(0, name.indexOf('.'));
        return Files.isRegularFile(file) && Files.isRegularFile(dir.resolve(id + MANIFEST)) ? Optional.of(file) : Optional.empty();
    }

    /** The id for a dump taken at this instant, later than every existing one. */
    String nextId(Instant at) {
        Instant stamp = at;
        List<Dump> existing = list();
        if (!existing.isEmpty() && !existing.get(0).created().isBefore(stamp.minusSeconds(1))) {
            stamp = existing.get(0).created().plusSeconds(1);
        }
        String id = "oerfed-" + STAMP.format(stamp);
        while (Files.exists(dir.resolve(id + MANIFEST))) {
            stamp = stamp.plusSeconds(1);
            id = "oerfed-" + STAMP.format(stamp);
        }
        return id;
    }

    /** Writes the manifest that makes a dump complete, atomically. */
    void publish(Dump dump) {
        JsonObject manifest = new JsonObject();
        manifest.put("id", dump.id());
        manifest.put("created", dump.created().toString());
        manifest.put("records", dump.records());
        manifest.put("resources", dump.resources());
        JsonArray files = new JsonArray();
        for (DumpFile file : dump.files()) {
            JsonObject entry = new JsonObject();
            entry.put("name", file.name());
            entry.put("format", file.format());
            entry.put("bytes", file.bytes());
            entry.put("sha256", file.sha256());
            files.add(entry);
        }
        manifest.put("files", files);
        Path target = dir.resolve(dump.id() + MANIFEST);
        Path temp = dir.resolve(dump.id() + MANIFEST + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            JSON.write(out, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        moveAtomically(temp, target);
    }

    /** Removes every dump but the newest {@code keep}, and leftovers of interrupted writes. */
    void prune(int keep) {
        List<Dump> dumps = list();
        for (Dump old : dumps.subList(Math.min(keep, dumps.size()), dumps.size())) {
            delete(dir.resolve(old.id() + MANIFEST)); // first: a half-deleted dump is then no longer listed
            old.files().forEach(f -> delete(dir.resolve(f.name())));
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(DumpFolder::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void moveAtomically(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Dump> readManifest(Path path) {
        try {
            JsonObject manifest = JSON.read(path.toString());
            List<DumpFile> files = new ArrayList<>();
            for (JsonValue value : manifest.get("files").getAsArray()) {
                JsonObject f = value.getAsObject();
                files.add(new DumpFile(f.getString("name"), f.getString("format"), f.get("bytes").getAsNumber().value().longValue(),
                        f.getString("sha256")));
            }
            return Optional.of(new Dump(manifest.getString("id"), Instant.parse(manifest.getString("created")),
                    manifest.get("records").getAsNumber().value().longValue(),
                    manifest.get("resources").getAsNumber().value().longValue(), files));
        } catch (RuntimeException e) {
            // a manifest being pruned while listed, or damaged by hand: not a dump to offer
            return Optional.empty();
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
