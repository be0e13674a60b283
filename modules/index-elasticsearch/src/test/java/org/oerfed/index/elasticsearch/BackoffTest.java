package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void waitsAtMostTheDoublingDelayOfEachRetry() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.beforeRetry(1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(backoff.beforeRetry(3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        }
    }

    @Test
    void stopsDoublingAtTheMaximumEvenAfterManyRetries() {
        for (int retry : new int[] {5, 31, 64, 1000}) {
            assertThat(backoff.beforeRetry(retry)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    @Test
    void spreadsTheWaits() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.beforeRetry(4)).distinct().count();

        assertThat(distinct).isGreaterThan(1);
    }
}
