package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseUrisTest {
    private final LicenseUris licences = new LicenseUris();

    @ParameterizedTest
    @CsvSource({
            "https://creativecommons.org/licenses/by/4.0/, https://creativecommons.org/licenses/by/4.0/",
            "http://creativecommons.org/licenses/by-sa/4.0, https://creativecommons.org/licenses/by-sa/4.0/",
            "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode.fr, https://creativecommons.org/licenses/by-nc-nd/4.0/",
            "https://creativecommons.org/licenses/by/3.0/igo/, https://creativecommons.org/licenses/by/3.0/igo/",
            "https://creativecommons.org/licenses/by/3.0/deed.es, https://creativecommons.org/licenses/by/3.0/",
            "http://creativecommons.org/publicdomain/zero/1.0/legalcode, https://creativecommons.org/publicdomain/zero/1.0/",
            "CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/",
            "cc-by 4.0, https://creativecommons.org/licenses/by/4.0/",
            "CC BY 3.0 IGO, https://creativecommons.org/licenses/by/3.0/igo/",
            "Creative Commons BY-NC 4.0, https://creativecommons.org/licenses/by-nc/4.0/",
            "CC0, https://creativecommons.org/publicdomain/zero/1.0/",
            "CC0 1.0 Universal, https://creativecommons.org/publicdomain/zero/1.0/"})
    void recognisesCreativeCommonsHoweverWritten(String value, String canonical) {
        assertThat(licences.creativeCommons(value)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"All rights reserved", "by 4.0", "https://example.org/licence", "https://creativecommons.org/about/", ""})
    void recognisesNothingElse(String value) {
        assertThat(licences.creativeCommons(value)).isEmpty();
    }
}
