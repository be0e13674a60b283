package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void keepsTheTypeInLowerCaseWithoutParameters() {
        assertThat(MediaTypes.normalise(" Text/HTML; charset=UTF-8")).contains("text/html");
        assertThat(MediaTypes.normalise("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(MediaTypes.normalise("https://www.iana.org/assignments/media-types/application/pdf")).contains("application/pdf");
    }

    @Test
    void whatIsNoMediaTypeIsDropped() {
        assertThat(MediaTypes.normalise("PDF")).isEmpty();
        assertThat(MediaTypes.normalise("https://example.org/file.pdf")).isEmpty();
        assertThat(MediaTypes.normalise("")).isEmpty();
    }
}
