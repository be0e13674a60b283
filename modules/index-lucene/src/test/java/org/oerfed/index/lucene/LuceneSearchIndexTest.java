package org.oerfed.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.index.analysis.TextAnalysis;
import org.oerfed.index.tck.OerFixture;
import org.oerfed.index.tck.SearchIndexContract;

class LuceneSearchIndexTest extends SearchIndexContract {

    /** Building the analysers is the dearest part of opening an index; one set serves every test, as in the app. */
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    @TempDir
    Path directory;

    @Override
    protected SearchIndex createEmptyIndex() {
        return new LuceneSearchIndex(indexDirectory(), ANALYSIS);
    }

    private Path indexDirectory() {
        return directory.resolve("index");
    }

    private LuceneSearchIndex reopen() {
        index.close();
        LuceneSearchIndex reopened = new LuceneSearchIndex(indexDirectory(), ANALYSIS);
        index = reopened;
        return reopened;
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> entries = Files.list(indexDirectory())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The generation a rebuild started now fills, found as the one directory it adds; the rebuild is abandoned. */
    private String nextRebuildDirectory() throws IOException {
        List<String> before = entries();
        SearchIndex.Rebuild rebuild = index.startRebuild();
        try {
            return entries().stream().filter(e -> !before.contains(e)).findFirst().orElseThrow();
        } finally {
            rebuild.close();
        }
    }

    private String pointer() throws IOException {
        return Files.readString(indexDirectory().resolve("current"), StandardCharsets.UTF_8).strip();
    }

    @Test
    void startsWithAFirstGenerationAndAPointerToIt() throws IOException {
        assertThat(entries()).containsExactly("current", "gen-000001", "write.lock");
        assertThat(pointer()).isEqualTo("gen-000001");
        assertThat(((LuceneSearchIndex) index).needsReindex()).isFalse();
    }

    @Test
    void reopensWhatWasRefreshed() {
        loadFixture();

        reopen();

        assertThat(index.count()).isEqualTo(40);
        assertThat(ids(index.search(query("introduction algebra")))).containsExactly("oer-01");
    }

    @Test
    void closingCommitsWritesNotYetRefreshed() {
        index.upsert(OerFixture.documents());

        reopen();

        assertThat(index.count()).isEqualTo(40);
    }

    @Test
    void aSecondInstanceCannotOpenTheSameDirectory() throws IOException {
        assertThatThrownBy(() -> new LuceneSearchIndex(indexDirectory(), ANALYSIS))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(indexDirectory().toString());
        // The failed attempt deleted nothing of the running instance.
        assertThat(entries()).contains("gen-000001");
    }

    /** The swap moves the pointer, deletes the old generation and survives reopening. */
    @Test
    void aCompletedRebuildIsTheNextGenerationAndSurvivesReopening() throws IOException {
        loadFixture();

        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            assertThat(entries()).contains("gen-000001", "gen-000002");
            rebuild.upsert(OerFixture.documents("oer-01", "oer-02"));
            rebuild.complete();
        }

        assertThat(pointer()).isEqualTo("gen-000002");
        assertThat(entries()).containsExactly("current", "gen-000002", "write.lock");
        reopen();
        assertThat(ids(index.search(query("")))).containsExactly("oer-01", "oer-02");
    }

    @Test
    void anAbandonedRebuildLeavesNoGenerationBehind() throws IOException {
        loadFixture();

        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(OerFixture.documents("oer-01"));
        }

        assertThat(entries()).containsExactly("current", "gen-000001", "write.lock");
        assertThat(nextRebuildDirectory()).isEqualTo("gen-000002");
    }

    /** A rebuild still running when the index closes is abandoned: the pointer still names the old generation. */
    @Test
    void closingDuringARebuildKeepsTheLiveGeneration() throws IOException {
        loadFixture();
        SearchIndex.Rebuild rebuild = index.startRebuild();
        rebuild.upsert(OerFixture.documents("oer-01"));

        reopen();

        assertThat(pointer()).isEqualTo("gen-000001");
        assertThat(entries()).containsExactly("current", "gen-000001", "write.lock");
        assertThat(index.count()).isEqualTo(40);
    }

    /** What an interrupted rebuild or a failed deletion left behind is removed when the index opens. */
    @Test
    void openingRemovesGenerationsThePointerDoesNotName() throws IOException {
        loadFixture();
        index.close();
        Files.createDirectories(indexDirectory().resolve("gen-000007"));
        Files.writeString(indexDirectory().resolve("gen-000007").resolve("_0.cfs"), "half written");
        Files.writeString(indexDirectory().resolve("current.tmp"), "gen-000007");

        index = new LuceneSearchIndex(indexDirectory(), ANALYSIS);

        assertThat(entries()).containsExactly("current", "gen-000001", "write.lock");
        assertThat(index.count()).isEqualTo(40);
        assertThat(nextRebuildDirectory()).isEqualTo("gen-000002");
    }

    /**
     * An index of the first layout (one Lucene index at the top of the directory, no pointer) is deleted and
     * an empty generation starts; the index says a reindex is due, once.
     */
    @Test
    void anIndexOfTheFirstLayoutIsLeftBehindAndAReindexAsked() throws IOException {
        index.close();
        Path old = directory.resolve("v1");
        try (FSDirectory dir = FSDirectory.open(old);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new StringField("id", "oer-01", Field.Store.YES));
            document.add(new TextField("title", "Introduction to Algebra", Field.Store.YES));
            writer.addDocument(document);
        }

        LuceneSearchIndex migrated = new LuceneSearchIndex(old, ANALYSIS);
        index = migrated;

        assertThat(migrated.needsReindex()).isTrue();
        assertThat(index.count()).isZero();
        try (Stream<Path> entries = Files.list(old)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("current", "gen-000001", "write.lock");
        }
        index.upsert(OerFixture.documents("oer-01"));
        index.close();
        LuceneSearchIndex reopened = new LuceneSearchIndex(old, ANALYSIS);
        index = reopened;
        assertThat(reopened.needsReindex()).isFalse();
        assertThat(index.count()).isEqualTo(1);
    }

    /**
     * A generation written with another layout of fields (an earlier release's, whose facets cannot be
     * counted by this one) is not read: the index starts empty and asks for a reindex, once.
     */
    @Test
    void aGenerationOfAnotherFieldLayoutStartsEmptyAndAsksForAReindex() throws IOException {
        loadFixture();
        index.close();
        try (FSDirectory dir = FSDirectory.open(indexDirectory().resolve("gen-000001"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.setLiveCommitData(Map.of(Generation.FIELDS_VERSION_KEY, "2").entrySet());
            writer.commit();
        }

        LuceneSearchIndex reopened = new LuceneSearchIndex(indexDirectory(), ANALYSIS);
        index = reopened;

        assertThat(reopened.needsReindex()).isTrue();
        assertThat(index.count()).isZero();
        index.upsert(OerFixture.documents("oer-01"));
        index.close();
        LuceneSearchIndex again = new LuceneSearchIndex(indexDirectory(), ANALYSIS);
        index = again;
        assertThat(again.needsReindex()).isFalse();
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aPointerToAMissingGenerationStartsEmptyAndAsksForAReindex() throws IOException {
        loadFixture();
        index.close();
        Files.writeString(indexDirectory().resolve("current"), "gen-000005\n");
        Generation.deleteRecursively(indexDirectory().resolve("gen-000001"));

        LuceneSearchIndex reopened = new LuceneSearchIndex(indexDirectory(), ANALYSIS);
        index = reopened;

        assertThat(reopened.needsReindex()).isTrue();
        assertThat(index.count()).isZero();
        assertThat(pointer()).isEqualTo("gen-000001");
    }
}
