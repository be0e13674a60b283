package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {
    private final LanguageCodes codes = new LanguageCodes();

    @ParameterizedTest
    @CsvSource({"en,en", "EN,en", "eng,en", "fra,fr", "fre,fr", "ger,de", "deu,de", "chi,zh", "zho,zh", "zh-CN,zh",
            "pt-BR,pt", "pt_BR,pt", "English,en", "français,fr", "Français,fr", "español,es", "Spanish,es", "Deutsch,de",
            "العربية,ar", "中文,zh", "swa,sw", "haw,haw"})
    void normalisesEveryFormToOneCode(String value, String expected) {
        assertThat(codes.normalise(value)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "xx", "qqq", "klingon-ish", "12"})
    void leavesUnknownValuesUnmapped(String value) {
        assertThat(codes.normalise(value)).isEmpty();
    }
}
