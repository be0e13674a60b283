package org.oerfed.samplepartner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePartnerOptionsTest {

    @Test
    void portWithDefaultPageSize() {
        assertThat(SamplePartnerOptions.parse(List.of("--port", "8079")))
                .isEqualTo(new SamplePartnerOptions(8079, SamplePartnerOptions.DEFAULT_PAGE_SIZE, 0));
    }

    @Test
    void pageSizeInAnyOrder() {
        assertThat(SamplePartnerOptions.parse(List.of("--page-size", "3", "--port", "0")))
                .isEqualTo(new SamplePartnerOptions(0, 3, 0));
    }

    @Test
    void generatedCatalogueForBenchmarks() {
        assertThat(SamplePartnerOptions.parse(List.of("--port", "0", "--generated", "100000", "--page-size", "100")))
                .isEqualTo(new SamplePartnerOptions(0, 100, 100_000));
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--port", "0", "--generated", "-1")))
                .hasMessageContaining("--generated must not be negative");
    }

    @Test
    void portIsRequired() {
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--page-size", "3")))
                .hasMessageContaining("--port is required");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--port", "eighty")))
                .hasMessageContaining("--port takes a number");
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--port", "70000")))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--port", "1", "--page-size", "0")))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--port")))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SamplePartnerOptions.parse(List.of("--verbose")))
                .hasMessageContaining("unknown argument '--verbose'");
    }
}
