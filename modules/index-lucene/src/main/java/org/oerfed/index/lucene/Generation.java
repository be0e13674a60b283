package org.oerfed.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One physical Lucene index, a sub-directory {@code gen-NNNNNN} of the index directory: its writer and the
 * near-real-time searchers over it. The live index is one generation; a rebuild fills the next one.
 */
final class Generation {

    /** A write applied to a generation's writer. */
    @FunctionalInterface
    interface Write {
        void apply(IndexWriter writer) throws IOException;
    }

    /** The commit user data key of {@link LuceneDocuments#FIELDS_VERSION}. */
    static final String FIELDS_VERSION_KEY = "oerfed.fields-version";

    private final String name;
    private final boolean startedAnew;
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private Generation(String name, boolean startedAnew, Path path, Directory directory, IndexWriter writer,
                       SearcherManager searchers) {
        this.name = name;
        this.startedAnew = startedAnew;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the generation's index, creating it if it does not exist.
     *
     * @param empty start with no documents even if the directory holds some; documents of another
     *              {@link LuceneDocuments#FIELDS_VERSION} are never kept (see {@link #startedAnew()})
     */
    static Generation open(Path root, String name, boolean empty) {
        Path path = root.resolve(name);
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            boolean outdated = !empty && DirectoryReader.indexExists(directory) && !LuceneDocuments.FIELDS_VERSION
                    .equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FIELDS_VERSION_KEY));
            if (outdated) {
                IndexLayout.LOG.warn("Lucene index generation {} holds documents of another field layout than {};"
                        + " it starts empty. Run a reindex to fill it.", path, LuceneDocuments.FIELDS_VERSION);
            }
            IndexWriterConfig config = new IndexWriterConfig(new AnalysedTokens())
                    .setOpenMode(empty || outdated ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Lucene's default, named because Elasticsearch's default is the same: equal scores.
                    .setSimilarity(new BM25Similarity());
            writer = new IndexWriter(directory, config);
            // Every later commit carries it too.
            writer.setLiveCommitData(Map.of(FIELDS_VERSION_KEY, LuceneDocuments.FIELDS_VERSION).entrySet());
            // A new generation is committed at once, so that reopening finds an index in it.
            writer.commit();
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
            return new Generation(name, outdated, path, directory, writer, searchers);
        } catch (IOException e) {
            // Release what was opened, above all the write lock, so that a retry can succeed.
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new UncheckedIOException("opening Lucene index generation " + path, e);
        }
    }

    String name() {
        return name;
    }

    /** Whether opening found documents of another field layout and dropped them: a reindex is due. */
    boolean startedAnew() {
        return startedAnew;
    }

    void write(Write write) {
        try {
            write.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to Lucene index generation " + path, e);
        }
    }

    /** Makes every write durable and visible to searchers acquired from now on. */
    void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing Lucene index generation " + path, e);
        }
    }

    /** A searcher to {@link #release} after use; it stays usable even if the generation closes meanwhile. */
    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("opening a searcher on " + path, e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("releasing a searcher on " + path, e);
        }
    }

    /** Commits and closes. Searchers still in use keep working until released. */
    void close() {
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("closing Lucene index generation " + path, e);
        }
    }

    /**
     * Closes without committing and deletes the generation's files. Searchers still in use keep their open
     * files (POSIX file systems delete them once closed). A file that cannot be deleted now is left for the
     * next opening of the index to remove ({@link IndexLayout}).
     */
    void discard() {
        IOUtils.closeWhileHandlingException(searchers);
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            IndexLayout.LOG.warn("Abandoning Lucene index generation {}: {}", path, e.toString());
        }
        IOUtils.closeWhileHandlingException(directory);
        deleteRecursively(path);
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException e) {
            IndexLayout.LOG.warn("Could not delete {} now; it is deleted when the index is next opened: {}",
                    path, e.toString());
        }
    }
}
