package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedSettingsTest {

    @Test
    void refusesSettingsThatCannotWork() {
        FeedSettings defaults = FeedSettings.defaults();

        assertThatThrownBy(() -> new FeedSettings(Duration.ZERO, defaults.requestTimeout(), "a", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> defaults.withUserAgent(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> defaults.withMaxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
        assertThat(defaults.withMaxResponseBytes(10).maxResponseBytes()).isEqualTo(10);
    }
}
