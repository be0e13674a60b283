package org.oerfed.graph.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerfed.graph.merge.MergeFixture.IDS;
import static org.oerfed.graph.merge.MergeFixture.record;
import static org.oerfed.graph.merge.MergeFixture.resourceUri;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.JournalEntry;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.projection.ResourceView;
import org.oerfed.graph.testing.Tdb2TestStore;

/** The assignment of record graphs to resources, on a real TDB2 store. */
class RecordMergerTest {
    private static final String DOI = "https://doi.org/10.1234/shared";
    @TempDir
    Path dir;
    private Tdb2TestStore store;
    private final RecordMerger merger = new RecordMerger(IDS);

    @BeforeEach
    void open() {
        store = new Tdb2TestStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void recordsOfTwoSourcesInOneBatchThatShareAKeyDescribeOneResource() {
        GraphChanges applied = write(record("beta", "b1", "Beta's title", DOI), record("alpha", "a1", "Alpha's title", "doi:10.1234/SHARED"));

        // the batch is assigned in graph URI order: the first founds the resource, the second joins it
        String founder = applied.replaced().get(0).graphUri().equals(IDS.recordGraphUri(IDS.resourceId("alpha", "a1")))
                ? resourceUri("alpha", "a1") : resourceUri("beta", "b1");
        assertThat(applied.replaced()).extracting(RecordGraph::resourceId).containsOnly(IDS.resourceIdOf(founder).orElseThrow());
        assertThat(view(founder)).hasValueSatisfying(v -> assertThat(v.records()).hasSize(2));
        assertThat(applied.journalled()).extracting(JournalEntry::resourceUri).containsExactly(founder);
        assertThat(new IndexJournal(store).size()).isEqualTo(1);
        // the linked-data description is the union of both records, each with its provenance
        var description = new org.oerfed.graph.ResourceDescriptions(store, IDS).describe(IDS.resourceIdOf(founder).orElseThrow()).orElseThrow();
        var resource = description.getResource(founder);
        assertThat(description.listSubjectsWithProperty(org.oerfed.graph.vocab.Oerfed.describes, resource).toList()).hasSize(2);
        assertThat(resource.listProperties(org.oerfed.graph.vocab.Schema.name).toList()).hasSize(2);
        assertThat(description.listObjectsOfProperty(org.oerfed.graph.vocab.Oerfed.sourceId).mapWith(n -> n.asLiteral().getString()).toList())
                .containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void twoRecordsOfOneSourceNeverMergeWhateverTheyShare() {
        write(record("alpha", "a1", "One", DOI));
        write(record("alpha", "a2", "Two", DOI));
        // a record of another source joins one of them, not both
        write(record("beta", "b1", "Three", DOI));

        int first = view(resourceUri("alpha", "a1")).orElseThrow().records().size();
        int second = view(resourceUri("alpha", "a2")).orElseThrow().records().size();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder(1, 2);
        assertThat(view(resourceUri("beta", "b1"))).isEmpty();
    }

    @Test
    void aKeyThatTooManyRecordsShareMergesNothing() {
        List<RecordGraph> many = new ArrayList<>();
        for (int i = 0; i <= RecordMerger.MAX_RECORDS_PER_KEY; i++) {
            // a placeholder page every record of these sources links to, each source with one record
            many.add(record("source-" + i, "r" + i, "Resource " + i, "https://portal.example.org/catalogue"));
        }
        // stored one by one, the first ones merge until the key is shared by more than the limit
        for (RecordGraph graph : many) write(graph);
        RecordGraph late = record("late", "x", "Late", "https://portal.example.org/catalogue");
        write(late);

        assertThat(view(resourceUri("late", "x"))).hasValueSatisfying(v -> assertThat(v.records()).hasSize(1));
    }

    @Test
    void aRecordThatFoundedAResourceAndThenChangedItsKeysLeavesItToTheOthersUnderADerivedId() {
        write(record("alpha", "a1", "Alpha", DOI));
        write(record("beta", "b1", "Beta", DOI));
        GraphChanges moved = write(record("alpha", "a1", "Alpha, changed", "https://doi.org/10.1234/another"));

        String shared = resourceUri("alpha", "a1");
        assertThat(moved.replaced()).singleElement().satisfies(r -> assertThat(r.resourceId()).isEqualTo(IDS.resourceId("alpha", "a1") + "-1"));
        assertThat(moved.journalled()).extracting(JournalEntry::resourceUri).containsExactlyInAnyOrder(shared, shared + "-1");
        assertThat(view(shared)).hasValueSatisfying(v -> assertThat(v.records()).extracting(RecordGraph::graphUri)
                .containsExactly(IDS.recordGraphUri(IDS.resourceId("beta", "b1"))));

        // written again unchanged, it stays where it is
        GraphChanges again = write(record("alpha", "a1", "Alpha, changed", "https://doi.org/10.1234/another"));
        assertThat(again.replaced()).singleElement().satisfies(r -> assertThat(r.resourceId()).isEqualTo(IDS.resourceId("alpha", "a1") + "-1"));
    }

    @Test
    void aRecordKeepsWhenItWasFirstStoredAcrossChanges() {
        write(record("alpha", "a1", "Alpha", DOI));
        String first = firstHarvested("alpha", "a1");
        write(record("alpha", "a1", "Alpha, changed", DOI));
        assertThat(firstHarvested("alpha", "a1")).isEqualTo(first);
    }

    @Test
    void precedenceIsPriorityThenFirstStoredThenGraphUri() {
        write(record("alpha", "a1", "Alpha", DOI));
        write(record("beta", "b1", "Beta", DOI));
        String resource = resourceUri("alpha", "a1");

        ResourceViews equal = new ResourceViews(IDS, SourcePriorities.none());
        ResourceViews betaFirst = new ResourceViews(IDS, id -> Map.of("beta", 5).getOrDefault(id, 0));
        assertThat(store.read(d -> equal.view(d, resource)).orElseThrow().records().get(0).graphUri())
                .isEqualTo(IDS.recordGraphUri(IDS.resourceId("alpha", "a1")));
        assertThat(store.read(d -> betaFirst.view(d, resource)).orElseThrow().records().get(0).graphUri())
                .isEqualTo(IDS.recordGraphUri(IDS.resourceId("beta", "b1")));
    }

    private GraphChanges write(RecordGraph... graphs) {
        return store.apply(merger.planner(new RecordMerger.Batch(List.of(graphs), List.of(), List.of(), Instant.now())));
    }

    private Optional<ResourceView> view(String resourceUri) {
        ResourceViews views = new ResourceViews(IDS, SourcePriorities.none());
        return store.read(dataset -> views.view(dataset, resourceUri));
    }

    private String firstHarvested(String source, String identifier) {
        String graph = IDS.recordGraphUri(IDS.resourceId(source, identifier));
        return store.recordGraph(graph).orElseThrow().getResource(graph).getProperty(org.oerfed.graph.vocab.Oerfed.firstHarvested)
                .getLiteral().getLexicalForm();
    }
}
