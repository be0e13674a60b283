package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.index.elasticsearch.ElasticsearchBulkTest.document;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.SearchIndex;

/** A rebuild fills a new physical index beside the live one and switches both aliases to it at once. */
class ElasticsearchRebuildTest {

    private TestCluster cluster;
    private String name;
    private ElasticsearchSearchIndex index;

    @BeforeEach
    void open() {
        cluster = TestCluster.connect();
        name = cluster.newName();
        index = new ElasticsearchSearchIndex(cluster.settings(name).build());
        index.upsert(List.of(document("old-1"), document("old-2")));
        index.refresh();
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (index != null) index.close();
        if (cluster != null) cluster.close();
    }

    private boolean readable(String id) {
        return cluster.exists("/" + name + "-read/_doc/" + id);
    }

    @Test
    void searchesSeeTheOldIndexUntilTheRebuildCompletesAndThenOnlyTheNewOne() {
        SearchIndex.Rebuild rebuild = index.startRebuild();
        rebuild.upsert(List.of(document("new-1"), document("new-2"), document("new-3")));

        assertThat(index.count()).isEqualTo(2);
        assertThat(readable("old-1")).isTrue();
        assertThat(readable("new-1")).isFalse();

        rebuild.complete();
        rebuild.close();

        assertThat(index.count()).isEqualTo(3);
        assertThat(readable("new-1")).isTrue();
        assertThat(readable("old-1")).isFalse();
        assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.2");
        assertThat(cluster.aliasTargets(name + "-write")).containsExactly(name + ".v2.2");
        assertThat(cluster.indices(name)).containsExactly(name + ".v2.2");
    }

    @Test
    void anAbandonedRebuildLeavesTheLiveIndexAndRemovesItsOwn() {
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(List.of(document("new-1")));
        }

        assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.1");
        assertThat(cluster.indices(name)).containsExactly(name + ".v2.1");
        assertThat(index.count()).isEqualTo(2);
        index.upsert(List.of(document("later")));
        index.refresh();
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void writesAndDeletesDuringTheRebuildReachTheNewIndex() {
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(List.of(document("old-1"), document("old-2")));
            index.upsert(List.of(document("written-meanwhile")));
            index.delete(List.of("old-2"));
            index.refresh();
            assertThat(readable("written-meanwhile")).isTrue();
            assertThat(readable("old-2")).isFalse();

            rebuild.complete();
        }

        assertThat(readable("written-meanwhile")).isTrue();
        assertThat(readable("old-1")).isTrue();
        assertThat(readable("old-2")).isFalse();
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void runsOneRebuildAtATime() {
        try (SearchIndex.Rebuild ignored = index.startRebuild()) {
            assertThatThrownBy(index::startRebuild).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(index::clear).isInstanceOf(IllegalStateException.class);
        }
        try (SearchIndex.Rebuild second = index.startRebuild()) {
            second.complete();
        }
        // The abandoned generation 2 was deleted, so the number is free again.
        assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.2");
    }

    @Test
    void aRebuildThatEndedTakesNoMoreDocuments() {
        SearchIndex.Rebuild rebuild = index.startRebuild();
        rebuild.complete();

        assertThatThrownBy(() -> rebuild.upsert(List.of(document("late")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(rebuild::complete).isInstanceOf(IllegalStateException.class);
        rebuild.close();
        assertThat(cluster.aliasTargets(name + "-read")).containsExactly(name + ".v2.2");
    }

    @Test
    void clearingSwitchesToAnEmptyIndex() {
        index.clear();

        assertThat(index.count()).isZero();
        assertThat(cluster.indices(name)).containsExactly(name + ".v2.2");
    }

    @Test
    void closingTheIndexAbandonsARunningRebuild() {
        index.startRebuild();
        index.close();
        index = null;

        assertThat(cluster.indices(name)).containsExactly(name + ".v2.1");
    }
}
