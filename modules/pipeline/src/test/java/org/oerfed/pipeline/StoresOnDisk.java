package org.oerfed.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * Tests of what happens between the graph and the index: a real TDB2 store and a real Lucene index in a
 * fresh folder for each test, and {@link Partners} to ingest into them. {@link #close()} then {@link #open()}
 * is a restart of OERfed on the same data.
 */
abstract class StoresOnDisk {
    @TempDir
    Path dir;
    Partners partners;
    Tdb2GraphStore store;
    LuceneSearchIndex lucene;

    @BeforeEach
    void open() {
        partners = new Partners(dir);
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        lucene = new LuceneSearchIndex(dir.resolve("lucene"));
    }

    @AfterEach
    void close() {
        lucene.close();
        store.close();
    }
}
