package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LenientDateTest {

    @Test
    void readsEveryPrecisionOfIso8601() {
        assertThat(LenientDate.parse("2021")).contains(new LenientDate(LocalDate.of(2021, 1, 1), Instant.parse("2021-01-01T00:00:00Z")));
        assertThat(LenientDate.parse("2021-05").map(LenientDate::date)).contains(LocalDate.of(2021, 5, 1));
        assertThat(LenientDate.parse("2021-05-17+02:00").map(LenientDate::date)).contains(LocalDate.of(2021, 5, 17));
        assertThat(LenientDate.parse("2021-05-17T10:00:00+02:00").map(LenientDate::instant)).contains(Instant.parse("2021-05-17T08:00:00Z"));
        assertThat(LenientDate.parse("2021-05-17T10:00:00.5").map(LenientDate::instant)).contains(Instant.parse("2021-05-17T10:00:00.500Z"));
        assertThat(LenientDate.parse("2021-05-17 10:00").map(LenientDate::instant)).contains(Instant.parse("2021-05-17T10:00:00Z"));
    }

    @Test
    void aDateThatIsPartlyWrongCountsForWhatItSays() {
        assertThat(LenientDate.parse("2021-13-45").map(LenientDate::date)).contains(LocalDate.of(2021, 1, 1));
        assertThat(LenientDate.parse("2021-05-17Tnoon").map(LenientDate::date)).contains(LocalDate.of(2021, 5, 17));
        assertThat(LenientDate.parse("20210517")).isEmpty();
        assertThat(LenientDate.parse("spring 2021")).isEmpty();
        assertThat(LenientDate.parse("")).isEmpty();
    }
}
