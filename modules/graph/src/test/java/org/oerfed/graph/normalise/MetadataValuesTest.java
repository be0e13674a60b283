package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readers the XML normalisers share: language tags, identifiers, durations, vCards. */
class MetadataValuesTest {
    private final LanguageTags tags = new LanguageTags(new LanguageCodes());
    private final Identifiers identifiers = new Identifiers(new LicenseUris());

    @Test
    void languageTagsKeepTheRegionAndDropMarkersThatNameNoLanguage() {
        assertThat(tags.tag("fra-CA")).contains("fr-CA");
        assertThat(tags.tag("eng")).contains("en");
        assertThat(tags.tag("fre")).contains("fr");
        assertThat(tags.tag("zh_cn")).contains("zh-CN");
        assertThat(List.of("x-none", "x-t-cc-url", "zxx", "und", "", "klingon-ish")).allSatisfy(v -> assertThat(tags.tag(v)).isEmpty());
    }

    @Test
    void doisAndHandlesGetOneLiteralAndOneResolverUrlHoweverWritten() {
        assertThat(identifiers.read("https://dx.doi.org/10.9999/ABC.1")).isEqualTo(new Identifiers.Identifier(Identifiers.Kind.DOI,
                "doi:10.9999/abc.1", Optional.of("https://doi.org/10.9999/abc.1")));
        assertThat(identifiers.read("doi: 10.9999/abc.1").literal()).isEqualTo("doi:10.9999/abc.1");
        assertThat(identifiers.read("http://hdl.handle.net/10284/210").literal()).isEqualTo("hdl:10284/210");
        assertThat(identifiers.read("hdl:10284/210").url()).contains("https://hdl.handle.net/10284/210");
        assertThat(identifiers.read("10284/210").kind()).as("a bare handle only where the record says so").isEqualTo(Identifiers.Kind.OTHER);
        assertThat(identifiers.read("10284/210", Optional.of("HDL")).kind()).isEqualTo(Identifiers.Kind.HANDLE);
        assertThat(identifiers.read("https://oer.example.org/x").kind()).isEqualTo(Identifiers.Kind.WEB_URL);
    }

    @Test
    void durationsInIsoAndClockForm() {
        assertThat(Durations.iso8601("PT1H30M")).contains("PT1H30M");
        assertThat(Durations.iso8601("p2d")).contains("P2D");
        assertThat(Durations.iso8601("00:31:33")).contains("PT31M33S");
        assertThat(Durations.iso8601("1:05")).contains("PT1H5M");
        assertThat(Durations.iso8601("P")).isEmpty();
        assertThat(Durations.iso8601("two hours")).isEmpty();
    }

    @Test
    void vCardsFoldedIndentedOrNotGiveTheSameNames() {
        VCard folded = VCard.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:May;Carol\r\nORG:Fictitious College\\, Lab;Unit\r\n"
                + "PHOTO;ENCODING=b:AAAA\r\n BBBB\r\nURL:http\\://www.example.org\r\nEND:VCARD\r\n");
        assertThat(folded.formattedName()).isEmpty();
        assertThat(folded.name()).contains("Carol May");
        assertThat(folded.organisation()).contains("Fictitious College, Lab");
        assertThat(folded.urls()).containsExactly("http://www.example.org");

        VCard indented = VCard.parse("\n\t\tBEGIN:VCARD\n\t\tVERSION:4.0\n\t\tKIND:org\n\t\tFN:Fiktive Hochschule\n\t\tEND:VCARD\n");
        assertThat(indented.kindOrg()).isTrue();
        assertThat(indented.formattedName()).contains("Fiktive Hochschule");
    }
}
