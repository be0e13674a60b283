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
        assertThat(defaults.maxRecordChars()).isEqualTo(1024 * 1024);
        assertThat(defaults.maxAttempts()).isEqualTo(4);
        assertThat(defaults.retryBaseDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.retryMaxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.hostInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.invalidCharacters()).isEqualTo(InvalidCharacterPolicy.STRIP);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        OaiPmhSettings defaults = OaiPmhSettings.defaults();

        assertThatThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO)).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> defaults.withConnectTimeout(Duration.ofSeconds(-1))).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> defaults.withUserAgent(" ")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> defaults.withMaxResponseBytes(0)).hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> defaults.withMaxRecordChars(0)).hasMessageContaining("maxRecordChars");
        assertThatThrownBy(() -> defaults.withRetries(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> defaults.withRetries(2, Duration.ofSeconds(-1), Duration.ZERO)).hasMessageContaining("retryBaseDelay");
        assertThatThrownBy(() -> defaults.withMaxRedirects(-1)).hasMessageContaining("maxRedirects");
        assertThatThrownBy(() -> defaults.withHostInterval(Duration.ofMillis(-1))).hasMessageContaining("hostInterval");
        assertThatThrownBy(() -> defaults.withInvalidCharacters(null)).hasMessageContaining("invalidCharacters");
    }
}
