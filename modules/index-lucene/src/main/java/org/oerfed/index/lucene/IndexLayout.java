package org.oerfed.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index directory: generations of the index in sub-directories {@code gen-000001}, {@code gen-000002}, …,
 * and a file {@code current} naming the live one. The pointer is replaced by an atomic rename, so that after
 * a crash it names either the old or the new generation, never neither. Sub-directories it does not name are
 * leftovers of an abandoned or interrupted rebuild, or of a swap whose deletion failed, and are removed on
 * opening.
 *
 * <p>A directory holding an index of the first layout (one index at the top, no pointer) is left behind: its
 * files are deleted and an empty generation starts, and {@link #startedEmpty()} says that a reindex is due.
 * The index is a projection of the graph, so nothing is lost that a reindex does not restore.
 *
 * <p>The instance holds Lucene's native lock on the directory until closed, so that a second instance on the
 * same directory fails instead of deleting the generations of the first.
 */
final class IndexLayout implements AutoCloseable {

    static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    static final String POINTER = "current";
    private static final String POINTER_TEMP = "current.tmp";
    private static final String LOCK = "write.lock";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6})");

    private final Path root;
    private final Directory rootDirectory;
    private final Lock lock;
    private final boolean startedEmpty;
    private String live;

    private IndexLayout(Path root, Directory rootDirectory, Lock lock, boolean startedEmpty, String live) {
        this.root = root;
        this.rootDirectory = rootDirectory;
        this.lock = lock;
        this.startedEmpty = startedEmpty;
        this.live = live;
    }

    /**
     * Locks the directory and works out the live generation; for a new directory (or one of the old layout) the
     * first generation, which the caller creates and then {@link #point}s to.
     */
    static IndexLayout open(Path root) {
        Directory rootDirectory = null;
        Lock lock = null;
        try {
            Files.createDirectories(root);
            rootDirectory = FSDirectory.open(root);
            lock = rootDirectory.obtainLock(LOCK);
            Optional<String> pointed = readPointer(root);
            boolean startedEmpty = false;
            String live;
            if (pointed.isPresent() && Files.isDirectory(root.resolve(pointed.get()))) {
                live = pointed.get();
            } else {
                startedEmpty = leaveOldIndexBehind(root, rootDirectory, pointed);
                live = generationName(1 + lastGeneration(root));
            }
            IndexLayout layout = new IndexLayout(root, rootDirectory, lock, startedEmpty, live);
            layout.removeGenerationsBut(live);
            return layout;
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(lock, rootDirectory);
            throw new UncheckedIOException("opening Lucene index directory " + root, e);
        }
    }

    /** @return whether there was an index to leave behind */
    private static boolean leaveOldIndexBehind(Path root, Directory rootDirectory, Optional<String> pointed)
            throws IOException {
        if (pointed.isPresent()) {
            LOG.warn("Lucene index directory {} names generation {}, which is missing; starting an empty index."
                    + " Run a reindex to fill it.", root, pointed.get());
            return true;
        }
        if (!DirectoryReader.indexExists(rootDirectory)) return false;
        LOG.warn("Lucene index directory {} holds an index of an older layout; it is deleted and an empty index"
                + " starts. Run a reindex to fill it.", root);
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(LOCK) && !name.startsWith(POINTER)) Files.delete(file);
            }
        }
        return true;
    }

    Path root() {
        return root;
    }

    /** The live generation's name. */
    String live() {
        return live;
    }

    /** Whether opening found an index it could not use and started empty: a reindex is due. */
    boolean startedEmpty() {
        return startedEmpty;
    }

    /** The name of a generation newer than any in the directory. */
    String nextGeneration() {
        try {
            return generationName(1 + Math.max(lastGeneration(root), number(live)));
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + root, e);
        }
    }

    /** Makes {@code generation} the live one on disk, in one atomic rename. */
    void point(String generation) {
        Path temp = root.resolve(POINTER_TEMP);
        try {
            Files.writeString(temp, generation + "\n", StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
            IOUtils.fsync(root, true);
        } catch (IOException e) {
            throw new UncheckedIOException("switching Lucene index " + root + " to " + generation, e);
        }
        live = generation;
    }

    /** Deletes every generation but the named one, and a pointer file half written. */
    void removeGenerationsBut(String kept) {
        try {
            for (Path generation : generations(root)) {
                if (!generation.getFileName().toString().equals(kept)) Generation.deleteRecursively(generation);
            }
            Files.deleteIfExists(root.resolve(POINTER_TEMP));
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + root, e);
        }
    }

    @Override
    public void close() {
        try {
            IOUtils.close(lock, rootDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("releasing Lucene index directory " + root, e);
        }
    }

    private static Optional<String> readPointer(Path root) throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) return Optional.empty();
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!GENERATION.matcher(name).matches()) {
            throw new IOException("the pointer file " + pointer + " names no generation: '" + name + "'");
        }
        return Optional.of(name);
    }

    private static List<Path> generations(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .toList();
        }
    }

    private static int lastGeneration(Path root) throws IOException {
        return generations(root).stream().mapToInt(p -> number(p.getFileName().toString())).max().orElse(0);
    }

    private static int number(String generation) {
        return Integer.parseInt(generation.substring("gen-".length()));
    }

    private static String generationName(int number) {
        return "gen-%06d".formatted(number);
    }
}
