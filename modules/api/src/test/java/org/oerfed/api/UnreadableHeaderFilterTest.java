package org.oerfed.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnreadableHeaderFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|true", "fr-CH, fr;q=0.9, *;q=0.5|true", "*|true", ";;;|false", ",,,|false",
            ",,;fr|false", "en;q=abc|false", "' '|false"})
    void keepsAnAcceptLanguageThatNamesALanguage(String value, boolean kept) {
        assertThat(UnreadableHeaderFilter.namesALanguage(value)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"utf-8|true", "utf-8;q=abc, *|true", "x-unknown|true", ";;;|false", ",,,|false",
            ",,;utf-8|false", "utf-8,,iso-8859-1|false"})
    void keepsAnAcceptCharsetThatNamesEveryCharset(String value, boolean kept) {
        assertThat(UnreadableHeaderFilter.namesCharsets(value)).isEqualTo(kept);
    }
}
