package org.oerfed.pipeline.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.InvalidSourceException;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceRegistry;

/**
 * The configured sources, kept in step with the sources folder: read at startup, and changed through the
 * admin API by writing and removing one file per source ({@code <id>.yaml}), so that what runs is always what
 * the folder says after a restart.
 */
public final class SourceFolder implements SourceRegistry {
    private final Path folder;
    private final SourceFiles files = new SourceFiles();
    private final Map<String, SourceConfig> sources = new ConcurrentHashMap<>();

    /** Reads every source file; a folder with any problem stops here, listing them all. */
    public SourceFolder(Path folder) {
        this.folder = folder;
        files.load(folder).forEach(s -> sources.put(s.id(), s));
    }

    @Override
    public List<SourceConfig> sources() {
        return sources.values().stream().sorted(Comparator.comparing(SourceConfig::id)).toList();
    }

    /**
     * Validates a source file's text and stores it as {@code <id>.yaml}, replacing the source's earlier file.
     *
     * @throws InvalidSourceException listing every problem, when the text is not a valid source with this id
     */
    public synchronized SourceConfig put(String id, String yaml) {
        List<String> problems = new ArrayList<>();
        Optional<SourceConfig> parsed = files.parse(yaml, problems);
        parsed.filter(s -> !s.id().equals(id)).ifPresent(s -> problems.add("the id in the text, '" + s.id()
                + "', differs from the id in the address, '" + id + "'"));
        if (!problems.isEmpty()) throw new InvalidSourceException(id, problems);
        SourceConfig source = parsed.orElseThrow();
        Path target = folder.resolve(id + ".yaml");
        try {
            Path temporary = folder.resolve("." + id + ".yaml.tmp");
            Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (Path other : filesOf(id)) {
                if (!other.equals(target)) Files.delete(other);
            }
        } catch (IOException e) {
            throw OerfedException.setup("cannot write " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        sources.put(id, source);
        return source;
    }

    /** Removes a source's file; returns whether there was such a source. */
    public synchronized boolean remove(String id) {
        if (sources.remove(id) == null) return false;
        try {
            for (Path file : filesOf(id)) Files.delete(file);
        } catch (IOException e) {
            throw OerfedException.setup("cannot remove the file of source '" + id + "' from " + folder.toAbsolutePath(), e);
        }
        return true;
    }

    /** The files that define this id: normally {@code <id>.yaml}, but a hand-written file may be named otherwise. */
    private List<Path> filesOf(String id) throws IOException {
        List<Path> found = new ArrayList<>();
        try (var listing = Files.list(folder)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                List<String> problems = new ArrayList<>();
                files.parse(file, problems).filter(s -> s.id().equals(id)).ifPresent(s -> found.add(file));
            }
        }
        return found;
    }
}
