package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void aCursorComesBackAsItWasMade() {
        Cursor cursor = Cursor.of("12.345678", "géométrie \"quoted\" 水循环 😀", "id/with?odd&chars");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void emptyValuesSurvive() {
        Cursor cursor = Cursor.of("", "id");

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "a b", "abc+/=", "bm90IGpzb24", "e30", "WzFd", "W251bGxd", "W1tdXQ", "////"})
    void garbageIsRefusedNamingTheCursor(String text) {
        // bm90IGpzb24 = "not json", e30 = {}, WzFd = [1], W251bGxd = [null], W1tdXQ = [[]]
        assertThatThrownBy(() -> Cursor.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void tooLongOrTooManyValuesAreRefused() {
        assertThatThrownBy(() -> Cursor.decode("A".repeat(Cursor.MAX_ENCODED_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
        String nine = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(nine)).isInstanceOf(IllegalArgumentException.class);
        String deep = Base64.getUrlEncoder().withoutPadding().encodeToString("[".repeat(3000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(deep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTextNeverFailsOtherwise() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int c = 0; c < chars.length; c++) chars[c] = (char) random.nextInt(128);
            String text = new String(chars);
            try {
                Cursor decoded = Cursor.decode(text);
                assertThat(decoded.values()).hasSizeLessThanOrEqualTo(Cursor.MAX_VALUES);
            } catch (IllegalArgumentException expected) {
                assertThat(expected).hasMessageContaining("cursor");
            }
        }
    }
}
