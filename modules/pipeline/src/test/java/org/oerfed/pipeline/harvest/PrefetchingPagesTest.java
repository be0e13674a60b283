package org.oerfed.pipeline.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;

class PrefetchingPagesTest {
    private static final HarvestRequest ALL = new HarvestRequest(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void givesEveryPageInTheSourcesOrder() {
        Pages source = new Pages(5, 3, -1);
        List<String> seen = new ArrayList<>();
        try (PrefetchingPages pages = prefetching(source, 100)) {
            pages.forEachRemaining(page -> seen.add(page.records().get(0).identifier()));
        }
        assertThat(seen).containsExactly("p0-r0", "p1-r0", "p2-r0", "p3-r0", "p4-r0");
    }

    @Test
    void fetchesNoMoreThanTheAllowedRecordsAheadOfWhatWasTaken() throws Exception {
        Pages source = new Pages(20, 10, -1);
        try (PrefetchingPages pages = prefetching(source, 30)) {
            assertThat(source.awaitFetched(3)).isTrue();
            Thread.sleep(200); // room for a fourth fetch, were it allowed
            assertThat(source.fetched.get()).isEqualTo(3);
            pages.next();
            assertThat(source.awaitFetched(4)).isTrue();
            Thread.sleep(200);
            assertThat(source.fetched.get()).isEqualTo(4);
        }
    }

    @Test
    void aFailureComesWhenItsPageIsAskedForAfterThePagesBeforeIt() {
        Pages source = new Pages(5, 2, 2);
        try (PrefetchingPages pages = prefetching(source, 100)) {
            assertThat(pages.next().records()).hasSize(2);
            assertThat(pages.next().records()).hasSize(2);
            assertThat(pages.hasNext()).isTrue();
            assertThatThrownBy(pages::next).isInstanceOf(OerfedException.class).hasMessageContaining("page 2 failed");
        }
    }

    @Test
    void closingStopsTheFetchingAndReleasesTheSourcesPages() throws Exception {
        Pages source = new Pages(1000, 10, -1);
        PrefetchingPages pages = prefetching(source, 20);
        pages.next();
        pages.close();
        int fetchedAtClose = source.fetched.get();
        Thread.sleep(200);
        assertThat(source.fetched.get()).isEqualTo(fetchedAtClose);
        assertThat(source.closed).isTrue();
    }

    private static PrefetchingPages prefetching(Pages source, int maxWaitingRecords) {
        return new PrefetchingPages("test", new ResumingPages("test", ALL, request -> source), maxWaitingRecords);
    }

    /** A source of {@code count} pages of {@code size} records; fetching page {@code failAt} fails. */
    private static final class Pages implements Iterator<RecordPage>, Closeable {
        private final int count;
        private final int size;
        private final int failAt;
        private final AtomicInteger fetched = new AtomicInteger();
        private final CountDownLatch[] reached;
        private volatile boolean closed;

        Pages(int count, int size, int failAt) {
            this.count = count;
            this.size = size;
            this.failAt = failAt;
            this.reached = IntStream.rangeClosed(0, count).mapToObj(i -> new CountDownLatch(1)).toArray(CountDownLatch[]::new);
        }

        boolean awaitFetched(int pages) throws InterruptedException {
            return reached[pages].await(5, TimeUnit.SECONDS);
        }

        @Override
        public boolean hasNext() {
            return fetched.get() < count;
        }

        @Override
        public RecordPage next() {
            int page = fetched.get();
            if (page == failAt) throw OerfedException.source("test", "page " + page + " failed", null);
            List<HarvestedRecord> records = IntStream.range(0, size).mapToObj(r -> new HarvestedRecord("test", "p" + page + "-r" + r,
                    Instant.EPOCH, List.of(), "oai_dc", Optional.of("<x/>"))).toList();
            reached[fetched.incrementAndGet()].countDown();
            return new RecordPage(records, page + 1 < count ? Optional.of("t" + page) : Optional.empty(), Optional.empty());
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
