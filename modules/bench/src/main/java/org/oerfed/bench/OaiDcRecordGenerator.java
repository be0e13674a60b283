package org.oerfed.bench;

import static org.oerfed.bench.GeneratedValues.chance;
import static org.oerfed.bench.GeneratedValues.one;
import static org.oerfed.bench.XmlText.escape;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.oerfed.bench.GeneratedValues.ContentLanguage;
import org.oerfed.bench.GeneratedValues.Subject;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * Simple Dublin Core records as an institutional repository writes them: titles and subjects with
 * {@code xml:lang}, several creators, DCMI and home-made types, a landing page and sometimes a DOI or handle,
 * the language as a code or a name, the licence as a URL or a name, dates as days, years or free text. The
 * sample partner's generated records are all alike (one language, one licence, one type), which would leave
 * the concept linker little to do.
 */
final class OaiDcRecordGenerator extends RecordGenerator {
    private static final String HEAD = "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">\n";

    OaiDcRecordGenerator(long seed) {
        super(seed, new SourceConfig("bench-repository", "Benchmark repository (oai_dc)", "FR",
                SourceType.OAI_PMH, URI.create("http://localhost/oai"), "oai_dc", List.of(), Optional.empty()),
                "oai:repository.example.org:dc-");
    }

    @Override
    protected String metadata(int n, SplittableRandom random) {
        int language = GeneratedValues.language(random);
        ContentLanguage lang = GeneratedValues.LANGUAGES.get(language);
        Subject subject = one(random, GeneratedValues.SUBJECTS);
        StringBuilder xml = new StringBuilder(1600).append(HEAD);
        element(xml, "title", lang.lessonWord() + " " + n + ": " + subject.in(language), lang.tag());
        if (chance(random, 0.15)) {
            int other = (language + 1 + random.nextInt(GeneratedValues.LANGUAGES.size() - 1)) % GeneratedValues.LANGUAGES.size();
            ContentLanguage second = GeneratedValues.LANGUAGES.get(other);
            element(xml, "title", second.lessonWord() + " " + n + ": " + subject.in(other), second.tag());
        }
        int creators = 1 + random.nextInt(3);
        for (int i = 0; i < creators; i++) {
            element(xml, "creator", one(random, GeneratedValues.FAMILY_NAMES) + ", " + one(random, GeneratedValues.GIVEN_NAMES), null);
        }
        element(xml, "subject", subject.in(language), lang.tag());
        element(xml, "subject", one(random, GeneratedValues.SUBJECTS).in(language), lang.tag());
        if (chance(random, 0.5)) element(xml, "subject", subject.in(0), "en");
        if (chance(random, 0.2)) element(xml, "subject", one(random, GeneratedValues.TEACHING_TERMS), null);
        element(xml, "description", String.format(Locale.ROOT, lang.description(), subject.in(language), n), lang.tag());
        element(xml, "publisher", one(random, GeneratedValues.ORGANISATIONS), null);
        if (chance(random, 0.3)) element(xml, "contributor", one(random, GeneratedValues.GIVEN_NAMES) + " "
                + one(random, GeneratedValues.FAMILY_NAMES), null);
        element(xml, "date", date(random), null);
        element(xml, "type", one(random, GeneratedValues.DC_TYPES), null);
        if (chance(random, 0.3)) element(xml, "type", one(random, GeneratedValues.DC_TYPES), null);
        element(xml, "format", one(random, GeneratedValues.FORMATS), null);
        element(xml, "identifier", "https://repository.example.org/records/" + n, null);
        if (chance(random, 0.25)) element(xml, "identifier", "https://doi.org/10.99999/bench.dc." + n, null);
        else if (chance(random, 0.1)) element(xml, "identifier", "hdl:20.500.99999/" + n, null);
        element(xml, "language", one(random, lang.codes()), null);
        if (chance(random, 0.2)) element(xml, "relation", "https://repository.example.org/collections/" + (n % 97), null);
        if (chance(random, 0.1)) element(xml, "coverage", one(random, List.of("Europe", "France", "América Latina", "Africa")), null);
        element(xml, "rights", one(random, GeneratedValues.LICENCES), null);
        return xml.append("</oai_dc:dc>").toString();
    }

    private static String date(SplittableRandom random) {
        int year = 2005 + random.nextInt(20);
        if (chance(random, 0.05)) return "circa " + year;
        if (chance(random, 0.3)) return String.valueOf(year);
        return String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static void element(StringBuilder xml, String name, String value, String lang) {
        xml.append("  <dc:").append(name);
        if (lang != null) xml.append(" xml:lang=\"").append(lang).append('"');
        xml.append('>').append(escape(value)).append("</dc:").append(name).append(">\n");
    }
}
