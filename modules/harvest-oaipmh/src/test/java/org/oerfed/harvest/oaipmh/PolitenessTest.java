package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.dcRecord;
import static org.oerfed.harvest.oaipmh.TestSources.fast;
import static org.oerfed.harvest.oaipmh.TestSources.listRecords;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.RecordPage;

/** Spacing requests per host, capping concurrent harvests, and the retry arithmetic. */
class PolitenessTest {

    /** A clock the test moves, and the waits asked of it. */
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final HostThrottle throttle = new HostThrottle(waits::add, nanos::get);

    @Test
    void requestsToOneHostAreSpacedByTheIntervalAndOtherHostsDoNotWait() throws InterruptedException {
        Duration second = Duration.ofSeconds(1);

        throttle.awaitTurn("oer.example.org", second);
        throttle.awaitTurn("OER.example.org", second);
        throttle.awaitTurn("oer.example.org", second);
        throttle.awaitTurn("other.example.org", second);

        // The second and third callers reserve the next free slots: one and two seconds on.
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aHostIdleForLongerThanTheIntervalIsNotWaitedFor() throws InterruptedException {
        throttle.awaitTurn("oer.example.org", Duration.ofSeconds(1));
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        throttle.awaitTurn("oer.example.org", Duration.ofSeconds(1));

        assertThat(waits).isEmpty();
    }

    @Test
    void theHarvesterWaitsForItsHostBetweenPages() {
        try (StubHttpServer stub = new StubHttpServer(query -> StubHttpServer.Response.xml(query.contains("resumptionToken")
                ? listRecords(dcRecord("oai:x:2", "Two"))
                : listRecords(dcRecord("oai:x:1", "One") + "<resumptionToken>next</resumptionToken>")))) {
            OaiPmhHarvester polite = new OaiPmhHarvester(fast().withHostInterval(Duration.ofSeconds(30)), throttle,
                    new HarvestPermits(1, Duration.ZERO));

            TestSources.drain(polite.pages(oaiDc(stub.url("/oai"))));

            assertThat(waits).containsExactly(Duration.ofSeconds(30));
        }
    }

    @Test
    void aSecondHarvestBeyondTheCapFailsAsSetupUntilThePermitComesBack() throws Exception {
        try (StubHttpServer stub = new StubHttpServer(query -> StubHttpServer.Response.xml(query.contains("resumptionToken")
                ? listRecords(dcRecord("oai:x:2", "Two"))
                : listRecords(dcRecord("oai:x:1", "One") + "<resumptionToken>next</resumptionToken>")))) {
            HarvestPermits permits = new HarvestPermits(1, Duration.ZERO);
            OaiPmhHarvester harvester = new OaiPmhHarvester(fast(), new HostThrottle(), permits);

            Iterator<RecordPage> first = harvester.pages(oaiDc(stub.url("/oai")));
            first.next();
            assertThat(permits.available()).isZero();
            OerfedException refused = catchThrowableOfType(OerfedException.class,
                    () -> harvester.pages(oaiDc(stub.url("/oai"))).next());
            assertThat(refused.fault()).isEqualTo(Fault.SETUP);
            assertThat(refused.getMessage()).contains("no harvest slot");

            first.next(); // the last page gives the permit back
            assertThat(first.hasNext()).isFalse();
            assertThat(permits.available()).isEqualTo(1);

            Iterator<RecordPage> second = harvester.pages(oaiDc(stub.url("/oai")));
            second.next();
            ((java.io.Closeable) second).close(); // ended early: the permit comes back at once
            assertThat(permits.available()).isEqualTo(1);
            assertThat(second.hasNext()).isFalse();
        }
    }

    @Test
    void aFailedPageGivesThePermitBack() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.of(404, "text/plain", "gone"))) {
            HarvestPermits permits = new HarvestPermits(1, Duration.ZERO);
            Iterator<RecordPage> pages = new OaiPmhHarvester(fast(), new HostThrottle(), permits).pages(oaiDc(stub.url("/oai")));

            catchThrowableOfType(OerfedException.class, pages::next);

            assertThat(permits.available()).isEqualTo(1);
            assertThat(pages.hasNext()).isFalse();
        }
    }

    @Test
    void backoffDoublesUpToItsCapAndJittersBelowTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350), new java.util.Random(7));

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(backoff.ceiling(60)).isEqualTo(Duration.ofMillis(350));
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.delay(2)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Wed, 01 May 2024 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 01 May 2024 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
