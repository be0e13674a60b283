package org.oerfed.samplepartner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue is varied the way real partners are, and the partner serves all of it. */
class BundledCatalogueTest {

    private static final SampleCatalogue BUNDLED = SampleCatalogue.bundled();

    @Test
    void holdsAtLeastSixtyRecordsOfWhichSomeAreDeleted() {
        assertThat(BUNDLED.records()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(BUNDLED.records().stream().filter(SampleRecord::deleted)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(BUNDLED.records().stream().filter(SampleRecord::deleted))
                .allSatisfy(r -> assertThat(r.dublinCore()).isEmpty());
        assertThat(BUNDLED.sets()).extracting(SampleSet::spec).containsExactly("mathematics", "sciences", "languages");
    }

    @Test
    void everyLiveRecordHasATitleAndALandingPage() {
        assertThat(live()).allSatisfy(r -> {
            assertThat(r.values("title")).as(r.identifier()).isNotEmpty();
            assertThat(r.values("identifier")).as(r.identifier()).hasSize(1);
        });
    }

    @Test
    void titlesAreInManyLanguagesAndSomeRecordsInTwo() {
        Set<String> titleLanguages = live().stream()
                .flatMap(r -> r.dublinCore().stream())
                .filter(v -> v.element().equals("title"))
                .map(DcValue::language)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());

        assertThat(titleLanguages).contains("en", "fr", "es", "ar", "zh", "pt", "de", "ru", "sw", "hi");
        assertThat(live().stream().filter(r -> r.values("title").size() == 2)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void languagesAndRightsAreWrittenInRealWorldVariety() {
        List<String> languages = live().stream().flatMap(r -> r.values("language").stream()).toList();
        List<String> rights = live().stream().flatMap(r -> r.values("rights").stream()).toList();

        assertThat(languages).contains("en", "fra", "spa", "eng", "English", "français", "zh-CN", "pt-BR");
        assertThat(rights).contains(
                "https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by-sa/4.0/",
                "https://creativecommons.org/licenses/by-nc/4.0/", "https://creativecommons.org/licenses/by-nc-nd/4.0/",
                "https://creativecommons.org/licenses/by/3.0/igo/", "https://creativecommons.org/publicdomain/zero/1.0/",
                "CC BY-SA 4.0", "All rights reserved", "© Ministry of Education, personal use only");
        assertThat(live().stream().filter(r -> r.values("rights").isEmpty())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(live().stream().flatMap(r -> r.values("type").stream()))
                .contains("Text", "MovingImage", "InteractiveResource");
        assertThat(live().stream().flatMap(r -> r.values("format").stream()))
                .contains("text/html", "application/pdf", "video/mp4");
    }

    @Test
    void landingPagesPointOnlyAtExampleDomains() {
        List<String> hosts = live().stream()
                .flatMap(r -> r.values("identifier").stream())
                .map(url -> URI.create(url).getHost())
                .toList();

        assertThat(hosts).allSatisfy(host -> assertThat(host).matches("[a-z]+\\.example\\.(org|fr|es)"));
        assertThat(BUNDLED.records()).allSatisfy(r -> assertThat(r.identifier()).startsWith("oai:oer.example.org:"));
    }

    @Test
    void partnerServesTheWholeBundledCatalogue() {
        try (SamplePartner partner = SamplePartner.start(BUNDLED, 0, 25)) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());
            List<String> served = new ArrayList<>();
            int deleted = 0;
            OaiResponse page = oai.get("verb=ListRecords&metadataPrefix=oai_dc");
            while (true) {
                served.addAll(page.texts("//oai:record/oai:header/oai:identifier"));
                deleted += page.count("//oai:record/oai:header[@status='deleted']");
                if (page.resumptionToken().isEmpty()) {
                    break;
                }
                page = oai.get("verb=ListRecords&resumptionToken="
                        + URLEncoder.encode(page.resumptionToken(), StandardCharsets.UTF_8));
            }

            assertThat(served).containsExactlyInAnyOrderElementsOf(
                    BUNDLED.records().stream().map(SampleRecord::identifier).toList());
            assertThat(deleted).isEqualTo((int) BUNDLED.records().stream().filter(SampleRecord::deleted).count());
        }
    }

    @Test
    void servedMetadataKeepsNonLatinTextAndLanguageTags() {
        SampleRecord arabic = BUNDLED.find("oai:oer.example.org:lang-arabic-alphabet-beginners").orElseThrow();
        try (SamplePartner partner = SamplePartner.start(BUNDLED, 0, 10)) {
            OaiResponse record = new OaiHttp(partner.baseUrl())
                    .get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + arabic.identifier());

            assertThat(record.text("//dc:title[@xml:lang='ar']")).isEqualTo("الحروف العربية للمبتدئين");
            assertThat(record.text("//dc:title[@xml:lang='en']")).isEqualTo("The Arabic Alphabet for Beginners");
        }
    }

    private static List<SampleRecord> live() {
        return BUNDLED.records().stream().filter(r -> !r.deleted()).toList();
    }
}
