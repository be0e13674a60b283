package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedTextTest {
    private static final String FEED = "<?xml version=\"1.0\"?><rss>Übung à faire</rss>";

    @Test
    void aByteOrderMarkDecidesAndIsDropped() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FEED.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FEED.getBytes(StandardCharsets.UTF_8));

        assertThat(FeedText.decode(utf16, Optional.of("text/xml; charset=ISO-8859-1"))).isEqualTo(FEED);
        assertThat(FeedText.decode(utf8, Optional.empty())).isEqualTo(FEED);
    }

    @Test
    void theHttpCharsetWinsWhenTheBytesAreValidInIt() {
        String declared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>Übung</rss>";

        assertThat(FeedText.decode(declared.getBytes(StandardCharsets.ISO_8859_1), Optional.of("application/rss+xml;charset=\"iso-8859-1\"")))
                .isEqualTo(declared);
    }

    @Test
    void withoutAnyLabelItIsUtf8AndBadBytesDoNotLoseTheFeed() {
        byte[] bad = concat(FEED.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThat(FeedText.decode(FEED.getBytes(StandardCharsets.UTF_8), Optional.of("text/xml"))).isEqualTo(FEED);
        assertThat(FeedText.decode(bad, Optional.empty())).startsWith(FEED).contains("\uFFFD");
    }

    @Test
    void whiteSpaceBeforeTheDeclarationIsDropped() {
        assertThat(FeedText.decode(("\r\n  " + FEED).getBytes(StandardCharsets.UTF_8), Optional.empty())).isEqualTo(FEED);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
