package org.oerfed.harvest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class W3cDatesTest {

    @Test
    void readsEveryW3cDatetimePrecisionAsItsFirstInstantInUtc() {
        assertThat(W3cDates.parse("2024")).contains(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(W3cDates.parse("2024-03")).contains(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(W3cDates.parse(" 2024-03-05 ")).contains(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(W3cDates.parse("2024-03-05T10:15+01:00")).contains(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(W3cDates.parse("2024-03-05T10:15:30.987Z")).as("cut to the second").contains(Instant.parse("2024-03-05T10:15:30Z"));
        assertThat(W3cDates.parse("2024-03-05T10:15:30")).as("no offset: UTC").contains(Instant.parse("2024-03-05T10:15:30Z"));
    }

    @Test
    void textThatIsNoDateGivesNone() {
        assertThat(W3cDates.parse("October 4, 2006")).isEmpty();
        assertThat(W3cDates.parse("2024-13-01")).isEmpty();
        assertThat(W3cDates.parse("")).isEmpty();
        assertThat(W3cDates.parse(null)).isEmpty();
    }
}
