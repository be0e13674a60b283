package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OaiPmhSettingsTest {

    @Test
    void defaultsNameOerfedAndBoundEveryWait() {
        OaiPmhSettings defaults = OaiPmhSettings.defaults();

        assertThat(defaults.userAgent()).startsWith("OERfed/");
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.maxResponseBytes()).isEqualTo(64 * 1024 * 1024);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        OaiPmhSettings defaults = OaiPmhSettings.defaults();

        assertThatThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO)).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> defaults.withConnectTimeout(Duration.ofSeconds(-1))).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> defaults.withUserAgent(" ")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> defaults.withMaxResponseBytes(0)).hasMessageContaining("maxResponseBytes");
    }
}
